"""Whose arms are handed over when no supplier is named: "took delivery of Russian helicopters"."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames
from dashboard.extract.modifier_lists import listed_from

_REACH: Final = 8  # how far after the verb the arms are looked for
_WEAPON_AFTER: Final = 3  # words between the maker's demonym and the arms ("Russian military transport helicopters")


def arms_maker(sf: SentenceFrames, index: int) -> list[int]:
    """The demonym before the arms in the object of a receiving verb at ``index`` ("bought
    Russian jets", "took delivery of Chinese drones"): the country that supplies them."""
    weapons = sf.lexicon.word_classes.get("weapon", frozenset())
    for k in range(index + 1, min(len(sf.units) - 1, index + _REACH)):
        unit = sf.units[k]
        if unit.text in ".;:,!?" or unit.low == "from" or (unit.actor is not None and unit.sense("demonym") is None):
            return []
        if unit.sense("demonym") is None:
            continue
        makers = listed_from(sf.units, k)  # "French, Italian and German helicopters": each country's
        last = makers[-1]
        for j in range(last + 1, min(len(sf.units), last + 1 + _WEAPON_AFTER)):
            words = sf.units[j].low
            pair = f"{words} {sf.units[j + 1].low}" if j + 1 < len(sf.units) else ""
            if words in weapons or words.rsplit(" ", 1)[-1] in weapons or pair in weapons:  # "air defences"
                return makers
        return []
    return []
