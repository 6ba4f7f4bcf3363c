"""Ambassadors live where they are posted: "the American and Chinese ambassadors to Malaysia
attended the talks" is no trip to Malaysia by either country."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames

_AMBASSADOR_WORDS: Final = frozenset({"ambassador", "ambassadors"})


def resident_envoys(sf: SentenceFrames, actors: list[int], index: int) -> bool:
    """Whether the subject of the verb at ``index`` is ambassadors (a word of the actors' phrase
    up to the verb is "ambassador(s)")."""
    if not actors:
        return False
    for k in range(min(actors), index):
        unit = sf.units[k]
        if unit.low.rsplit(" ", 1)[-1] in _AMBASSADOR_WORDS:
            return True
        if unit.actor is not None and unit.actor.name.rsplit(" ", 1)[-1].lower() in _AMBASSADOR_WORDS:
            return True
    return False
