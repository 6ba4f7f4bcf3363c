"""Whom a reaction to an act is aimed at when the act is told as a noun phrase: "Modi's visit to
Moscow, which drew sharp criticism from Zelensky" judges the visit, so it is aimed at its doer
(Modi), not at the place the phrase names last; "Biden raised China's support for Russia" raises
China's conduct with China, and is no support of Biden's."""

from __future__ import annotations

from typing import Final

from dashboard.extract.actor_makers import state_of
from dashboard.extract.frames import SentenceFrames

_RAISING: Final = frozenset({"raised", "raises", "raising", "raise", "flagged", "flags", "flagging", "flag"})
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


def raised_act_of_another(sf: SentenceFrames, support: int, possessor: int, actors: list[int]) -> bool:
    """"Biden raised China's support for Russia": a statement noun owned by another country than
    the one raising it is that country's conduct, raised as a concern with it."""
    if not actors or sf.units[support].low not in _RAISING:
        return False
    owner = state_of(sf.units[possessor]).country
    return bool(owner) and owner not in {state_of(sf.units[k]).country for k in actors}
