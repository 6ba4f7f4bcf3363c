"""Whom a reaction to an act is aimed at when the act is told as a noun phrase: "Modi's visit to
Moscow, which drew sharp criticism from Zelensky" judges the visit, so it is aimed at its doer
(Modi), not at the place the phrase names last."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames

_OBJECT_PREPS: Final = frozenset({"to", "in", "with", "on", "against"})


def doer_of_act(sf: SentenceFrames, targets: list[int]) -> list[int]:
    """The possessive doer of an event noun whose object is the one target ("X's visit to Y":
    X for Y), else the targets as they are."""
    if len(targets) != 1:
        return targets
    k = targets[0]
    if k < 3 or sf.units[k - 1].low not in _OBJECT_PREPS:
        return targets
    noun, owner = sf.units[k - 2], sf.units[k - 3]
    if not owner.possessive or owner.actor is None or not any(
            spec.pos == "noun" and spec.event_type != "statement" for spec in noun.triggers()):
        return targets
    return [k - 3]
