"""Forces told by a count with "of" before them: "sent thousands of troops to Chad", "moved tens
of thousands of fresh Russian soldiers into Belarus". The count and its "of" belong to the object,
so the verb's preposition after the forces still names where they go."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from dashboard.extract.units import Unit

# Counts told with "of" before what they count.
COUNT_NOUNS: Final = frozenset({"dozens", "scores", "hundreds", "thousands", "tens", "millions"})
_MODIFIER_REACH: Final = 3  # words between "of" and the force noun: "of fresh Russian combat troops"


def counted_force_end(units: Sequence[Unit], of: int, forces: frozenset[str]) -> int:
    """The index just past the force noun of a count whose "of" is at ``of`` ("thousands of
    (heavily armed) troops"), or -1 when no count comes before or no forces follow."""
    if of == 0 or units[of].low != "of" or units[of - 1].low not in COUNT_NOUNS:
        return -1
    k = of + 1
    while k < len(units) and units[k].low in COUNT_NOUNS and k + 1 < len(units) and units[k + 1].low == "of":
        k += 2  # "tens of thousands of"
    for j in range(k, min(len(units), k + _MODIFIER_REACH + 1)):
        unit = units[j]
        pieces = unit.low.split()
        if unit.low in forces or (pieces and pieces[-1] in forces):
            return j + 1
        if not unit.low.replace("-", "").isalpha() or (unit.actor is not None and unit.actor.kind != "state"):
            return -1  # punctuation, a number or a person ends the count's object
    return -1
