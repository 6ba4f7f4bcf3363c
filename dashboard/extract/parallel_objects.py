"""Objects told in parallel: "held talks with Modi on Monday and with Kishida on Tuesday". After
the first object and a scene phrase of its own, "and" with the same preposition names one more
object of the same trigger. ("talks with A and with B" with no scene between is left alone: such a
second phrase often tells another matter.)"""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit, names_scene
from dashboard.extract.words import SCENE_PREPS

# How many words the scene phrase between the first object and "and" may have.
_SCENE_REACH: Final = 6


def with_parallel(units: list[Unit], objects: list[int], prep: str, places: bool = False) -> list[int]:
    """The objects of a trigger (introduced by ``prep``, "" for a direct object) with those told
    in parallel after the last of them; a direct object has none."""
    found = list(objects)
    while prep and (more := _next_parallel(units, found[-1], prep, places)) >= 0:
        found.append(more)
    return found


def _is_scene(words: list[Unit]) -> bool:
    """Whether the words are scene phrases only ("in Kyiv on Wednesday")."""
    return bool(words) and words[0].low in SCENE_PREPS and all(
        unit.low in SCENE_PREPS or names_scene([unit]) for unit in words)


def _next_parallel(units: list[Unit], last: int, prep: str, places: bool) -> int:
    """The object of "and <prep>" after the scene phrase that follows ``last``, else -1."""
    start = last + 1
    end = start
    while end < len(units) and units[end].low != "and":
        if end - start >= _SCENE_REACH:
            return -1
        end += 1
    k = end + 2
    if k >= len(units) or not _is_scene(units[start:end]) or units[end + 1].low != prep:
        return -1
    while k < len(units) and units[k].low == "the":
        k += 1
    if k >= len(units) or units[k].possessive or not (units[k].actor is not None or (places and units[k].is_placeish)):
        return -1
    return k
