"""A trip noun whose destination comes after a copula past a qualifying phrase: "his first trip
abroad after the pandemic was to Kazakhstan", "her first foreign visit as premier was to Paris"."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames
from dashboard.extract.words import BOUNDARY_PUNCT

_COPULAS: Final = frozenset({"was", "were", "is", "will"})
_REACH: Final = 8  # units between the noun and its copula


def copula_destination(sf: SentenceFrames, index: int) -> list[int]:
    """The destination(s) named by "was to X" a few words after the trip noun at ``index``."""
    for k in range(index + 1, min(len(sf.units) - 2, index + 1 + _REACH)):
        unit = sf.units[k]
        if unit.text in BOUNDARY_PUNCT or unit.low in ("and", "but", "which", "who", "that"):
            return []
        if unit.low in _COPULAS:
            j = k + 1
            if sf.units[j].low == "be" and unit.low == "will":
                j += 1
            if j < len(sf.units) and sf.units[j].low == "to":
                objects, _ = sf.object_actors(j - 1, ("to",), places=True)
                return objects
            return []
        if sf.verb_at(k):
            return []
    return []


_CHOOSING: Final = frozenset({"chose", "chooses", "choosing", "chosen", "choose", "picked", "picks", "picking",
                              "pick", "selected", "made", "makes", "making", "make"})
_TRIP_MODIFIERS: Final = frozenset({"first", "second", "third", "maiden", "latest", "next", "most", "recent",
                                    "official", "foreign", "overseas", "state", "own", "early"})


def chosen_destination(sf: SentenceFrames, index: int) -> list[int]:
    """The country chosen for the trip noun at ``index``: "chose Argentina for his first trip abroad",
    "made Turkey, not India, the destination of his first visit"."""
    k = index - 1
    while k >= 0 and sf.units[k].low in _TRIP_MODIFIERS:
        k -= 1
    if k < 3 or sf.units[k].low not in ("his", "her", "their", "its") or sf.units[k - 1].low not in ("for", "of", "as"):
        return []
    k -= 2
    if sf.units[k].low == "destination":
        k -= 2 if sf.units[k - 1].low == "the" else 1
    if sf.units[k].low == "," and k >= 4 and sf.units[k - 2].low == "not" and sf.units[k - 3].low == ",":
        k -= 4  # "Turkey, not India, the destination"
    unit = sf.units[k]
    if k < 1 or not unit.is_placeish or unit.possessive or unit.actor is None:
        return []
    return [k] if sf.units[k - 1].low in _CHOOSING else []
