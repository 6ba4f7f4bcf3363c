"""A second clause reported by the same verb: "It said any attack would be an act of war, and that
it could suspend the agreements": the "it" of "and that it" is who said, not the first clause's."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit
from dashboard.extract.words import BOUNDARY_PUNCT, REPORTING_VERBS

_RESUMING: Final = frozenset({"it", "they", "we"})


def reporting_verb_of_second(units: list[Unit], that: int) -> int:
    """The reporting verb whose second clause "and that it/they ..." opens at ``that``, else -1."""
    if that < 1 or that + 1 >= len(units) or units[that - 1].low != "and" or units[that + 1].low not in _RESUMING:
        return -1
    for k in range(that - 2, -1, -1):
        if units[k].text in BOUNDARY_PUNCT:
            return -1
        if units[k].low in REPORTING_VERBS:
            return k
    return -1
