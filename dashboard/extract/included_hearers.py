"""Hearers named by example: "called on all parties, including Moscow and Tehran, to ...",
"urged both sides, including Russia and Ukraine, to show restraint": a statement told to every
side is aimed at the countries its "including" phrase names."""

from __future__ import annotations

from typing import Final

from dashboard.extract.actor_makers import state_of
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.words import BOUNDARY_PUNCT

_EVERY: Final = frozenset({"all", "both", "every", "each"})
_SIDES: Final = frozenset({"sides", "side", "parties", "party", "countries", "country", "nations", "states",
                           "governments", "members", "neighbours", "neighbors", "powers", "actors", "players"})
_CONCERNED: Final = frozenset({"concerned", "involved"})
_REACH: Final = 12


def included_hearers(sf: SentenceFrames, index: int, own: set[str]) -> list[int]:
    """The units of the countries other than ``own`` that the "including" phrase after "all
    sides" or "all parties", the object of the statement verb at ``index``, names."""
    units = sf.units
    k = index + 1
    if k < len(units) and units[k].low in ("on", "upon"):
        k += 1  # "called upon", when not one unit with the verb
    if k >= len(units) or units[k].low not in _EVERY:
        return []
    k += 2 if k + 1 < len(units) and units[k + 1].low == "the" else 1
    if k >= len(units) or units[k].low not in _SIDES:
        return []
    k += 2 if k + 1 < len(units) and units[k + 1].low in _CONCERNED else 1
    if k + 1 >= len(units) or units[k].text != "," or units[k + 1].low != "including":
        return []
    found: list[int] = []
    for j in range(k + 2, min(len(units), k + 2 + _REACH)):
        unit = units[j]
        if unit.text in ",;.!?" or unit.text in BOUNDARY_PUNCT or unit.low == "to":
            break
        code = state_of(unit).country
        if code and code not in own and not unit.possessive and code not in {state_of(units[f]).country for f in found}:
            found.append(j)
    return found
