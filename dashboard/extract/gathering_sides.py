"""The sides of a gathering the sentence names loosely: guests "including" A and B, "their
summit", or "the meeting" that stands for the article's latest pair of sides."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames
from dashboard.extract.lexicon import TriggerSpec
from dashboard.extract.words import BOUNDARY_PUNCT

# How far after a trigger a list of its sides may start.
OBJECT_REACH: Final = 12


def included_guests(sf: SentenceFrames, index: int) -> list[int]:
    """"brought together leaders of 20 countries, including A and B": the guests named."""
    for k in range(index + 1, min(len(sf.units) - 1, index + 1 + OBJECT_REACH)):
        if sf.units[k].text in BOUNDARY_PUNCT or sf.units[k].text in ".;":
            break
        if sf.units[k].low == "including" and sf.units[k + 1].actor is not None:
            return sf.coordinated_right(k + 1)
    return []


# Gatherings in the plural: "the meetings" may be any of several, never one pair's.
_PLURAL_GATHERINGS: Final = frozenset({"meetings", "summits", "discussions"})


def refers_to_pair(sf: SentenceFrames, index: int, spec: TriggerSpec) -> bool:
    """"The summit followed ...", "that meeting": a definite talks noun whose sentence names no
    side stands for the meeting of the article's latest pair of sides."""
    return (spec.event_type == "meeting" and spec.event_mode == "talks"
            and sf.units[index - 1].low in ("the", "this", "that")
            and sf.units[index].low not in _PLURAL_GATHERINGS
            and not any(unit.actor is not None and not unit.possessive for unit in sf.units))


def their_sides(sf: SentenceFrames, index: int, subject: list[int]) -> list[int]:
    """"Modi and Putin travelled to their bilateral meeting", "At their summit, A and B
    announced": "their" meeting is one of the two or more actors the clause is about."""
    if not any(sf.units[k].low == "their" for k in range(max(0, index - 2), index)):
        return []
    if len(subject) >= 2:
        return subject
    for k in range(index + 1, min(len(sf.units), index + 1 + OBJECT_REACH)):
        if sf.units[k].text in ".;":
            break
        if sf.units[k].actor is not None and not sf.units[k].possessive:
            sides = sf.coordinated_right(k, check_clause=False)  # "A and B announced"
            return sides if len(sides) >= 2 else []
    return []



def several_sides(sf: SentenceFrames, subject: list[int]) -> bool:
    """Two or more subjects that are sides of their own, unlike "the foreign ministers of A, B
    and C met X": countries owning one plural title are one side, each meeting X."""
    if len(subject) < 2:
        return False
    actor = sf.units[subject[0]].actor
    return actor is None or not actor.plural or " of " not in sf.units[subject[0]].low
