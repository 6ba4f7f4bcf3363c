"""The later legs of a trip told in the same sentence: "visited Hanoi and then Jakarta", "flew
to Abu Dhabi to meet X, then to Riyadh", "will travel to Peru for the APEC summit and to Brazil
for the G20". Each leg is a visit of its own."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames
from dashboard.extract.gathering_sides import OBJECT_REACH
from dashboard.extract.words import BOUNDARY_PUNCT

# Words that end the trip's clause when met before a later leg.
_CLAUSE_STOPS: Final = frozenset({".", ";", ":", "where", "which", "who", "while", "but"})


def next_legs(sf: SentenceFrames, targets: list[int]) -> list[int]:
    """The destinations after the trip's first ones (``targets``): joined by "and then" or ", then"
    right after them, or by "and to" / ", then to" after a short phrase of when or why."""
    if not targets:
        return []
    legs: list[int] = []
    k = targets[-1] + 1
    while k + 1 < len(sf.units) and sf.units[k].low in ("and", ",") and sf.units[k + 1].low == "then":
        k += 2
        if k < len(sf.units) and sf.units[k].low == "to":
            k += 1
        if not _destination_at(sf, k):
            break  # "visited Hanoi, then Jakarta announced": a new clause
        legs.append(k)
        k += 1
    if legs:
        return legs
    # "to Abu Dhabi to meet X, then to Riyadh", "to Perth on Tuesday and then to Malaysia",
    # "to Peru for the APEC summit and to Brazil": past a phrase of purpose or time
    for j in range(k, min(len(sf.units) - 2, k + OBJECT_REACH)):
        unit = sf.units[j]
        if unit.text in BOUNDARY_PUNCT or unit.low in _CLAUSE_STOPS or (j > k and sf.verb_at(j) and unit.low != "meet"):
            break
        joined = unit.low in (",", "and") and sf.units[j + 1].low == "then" and sf.units[j + 2].low == "to"
        if joined or (unit.low == "and" and sf.units[j + 1].low == "to" and _destination_at(sf, j + 2)):
            leg = j + 3 if joined else j + 2
            return [leg, *next_legs(sf, [leg])] if _destination_at(sf, leg) else []
    return []


def _destination_at(sf: SentenceFrames, k: int) -> bool:
    """Whether a country or city standing for one (not a possessor, nor a new clause's subject) is at ``k``."""
    return (k < len(sf.units) and sf.units[k].is_placeish and not sf.units[k].possessive
            and sf.units[k].actor is not None and not sf.verb_at(k + 1))
