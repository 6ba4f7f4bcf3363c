"""Who acts in a talks noun told inside a phrase set on the side of a clause: "In a phone call
with Macron, Xi warned ...", "Scholz said, after a call with Biden, that ..."."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames
from dashboard.extract.units import Unit
from dashboard.extract.words import BOUNDARY_PUNCT


def _is_actor(unit: Unit) -> bool:
    return unit.actor is not None


# Prepositions that open a phrase telling the occasion of what the clause says.
OCCASION_PREPS: Final = frozenset({"in", "during", "after", "following", "before", "on"})
_DETERMINERS: Final = frozenset({"a", "an", "the", "their", "his", "her", "its"})
# Prepositions whose talks noun needs no article to be one occasion: "after talks with Xi".
_BARE_PREPS: Final = frozenset({"after", "following", "before", "during"})
# Units that may stand between the preposition and the noun: "in a brief phone call".
_NOUN_REACH: Final = 4
# How far the phrase may run before its closing comma, and the clause's subject after it.
_PHRASE_REACH: Final = 16


def occasion_sides(sf: SentenceFrames, index: int, targets: list[int]) -> tuple[list[int], list[int]] | None:
    """The two sides of a talks noun in an occasion phrase, the first-named acting: the noun's
    object and the subject of the clause after the phrase when it opens the sentence or a new
    clause, else the sentence's first actor before it and the object."""
    units = sf.units
    k = index - 1
    while k >= 0 and index - k <= _NOUN_REACH and units[k].low not in OCCASION_PREPS:
        if _is_actor(units[k]) or units[k].text in BOUNDARY_PUNCT or units[k].text in ",.":
            return None
        k -= 1
    if k < 0 or units[k].low not in OCCASION_PREPS or not (
            units[k + 1].low in _DETERMINERS or (k + 1 == index and units[k].low in _BARE_PREPS)):
        return None  # "after talks with Xi" needs no article; "in talks with" is being in talks
    # "In a call ...," or ", and in a call ...," opens a clause; ", after a call ...," is a parenthesis
    opens = k == 0 or units[k - 1].text in ("and", "—", "-", "--")
    if opens:
        after = _after_phrase(sf, index, targets)
        if after:  # "In a call with Macron, Xi warned": Macron is named first
            return targets, after
    before = sf.topic()
    if before and before[0] < k and not units[before[0]].possessive and before[0] not in targets:
        return sf.coordinated_right(before[0]), targets
    return None


def _after_phrase(sf: SentenceFrames, index: int, targets: list[int]) -> list[int]:
    """The first actor after the comma that closes the phrase at ``index``: "..., Xi warned"."""
    units = sf.units
    start = (targets[-1] if targets else index) + 1
    for k in range(start, min(len(units) - 1, start + _PHRASE_REACH)):
        if units[k].text in BOUNDARY_PUNCT or units[k].text in ".;":
            return []
        if units[k].text == ",":
            for j in range(k + 1, min(len(units), k + 4)):
                if _is_actor(units[j]) and not units[j].possessive:
                    return sf.coordinated_right(j)
            return []
    return []
