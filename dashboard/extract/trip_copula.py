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
