"""Meetings held apart: "A and B met C and D separately", "A and B were to meet separately, but
on the same day, with C and D". Each side named first meets each side named after, and the
first-named sides do not meet each other (as they do in "Biden and Kishida met Marcos")."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames
from dashboard.extract.gathering_sides import several_sides
from dashboard.extract.owner_pronouns import tail_of

# How many units an aside between "separately" and its "with" may span ("but almost at once").
_ASIDE_REACH: Final = 8


def _separately_after(sf: SentenceFrames, index: int, objects: list[int]) -> int | None:
    """The "separately" just after the verb or just after its last object, if any."""
    k = (tail_of(sf.units, objects[-1]) if objects else index) + 1
    return k if k < len(sf.units) and sf.units[k].low == "separately" else None


def _with_past_aside(sf: SentenceFrames, at: int) -> list[int]:
    """"separately, but nearly at once, with C and D": the sides after the aside's "with"."""
    units = sf.units
    if at + 1 >= len(units) or units[at + 1].text != ",":
        return []
    for k in range(at + 2, min(len(units) - 2, at + 2 + _ASIDE_REACH)):
        if units[k].text in ".;:" or units[k].actor is not None or sf.verb_at(k):
            return []
        if units[k].text == ",":
            if units[k + 1].low == "with" and units[k + 2].actor is not None and not units[k + 2].possessive:
                return sf.coordinated_right(k + 2)
            return []
    return []


def symmetric_sides(sf: SentenceFrames, index: int, actors: list[int], objects: list[int],
                    prep: str | None) -> tuple[list[int], list[int]] | None:
    """Who meets whom for a symmetric meeting verb: the first-named side with each of the others
    ("Biden and Kishida met Marcos"), or, told apart, each subject with each object; None when
    the grammar's reading stands."""
    apart = _separately_after(sf, index, objects)
    if apart is not None and len(actors) >= 2:
        if not objects:
            objects = _with_past_aside(sf, apart)
        if objects:
            return actors, objects
    if not prep and objects and several_sides(sf, actors):
        return actors[:1], actors[1:] + objects
    return None
