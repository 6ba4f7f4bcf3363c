"""Ties told with the year they were founded, in a participle after the noun: "marks fifty years
of diplomatic relations, established in 1974", "the anniversary of ties between Chile and Peru,
established in 1952". The participle dates the founding, which is an event of its own."""

from __future__ import annotations

from typing import Final

from dashboard.extract.lexicon import SupportSpec
from dashboard.extract.sides_phrase import past_sides
from dashboard.extract.units import Unit

# A time phrase must follow the participle: "ties, established in 1974", not "ties, established
# by decree" (which the "by" rule reads) nor "ties, established and deepened".
_TIME_OPENERS: Final = frozenset({"in", "on", "since"})


def founding_participle(units: list[Unit], index: int) -> tuple[int, SupportSpec, bool] | None:
    """The participle founding the ties named at ``index`` ("relations, established in 1929"),
    as a support of the noun, or None. It is read as active: with no "by" after it, the sides
    are the noun's own ("between A and B", "with B") or else the clause's subject ("the two
    countries mark fifty years of ties, established in 1974")."""
    k = past_sides(units, index + 1)
    if k < len(units) and units[k].text == ",":
        k += 1
    if k + 1 >= len(units) or not units[k].low.endswith("ed") or units[k + 1].low not in _TIME_OPENERS:
        return None
    for sense in units[k].all_senses("support"):
        spec: SupportSpec = sense.data
        if "relations" in spec.applies_to and spec.mode == "establish":
            return k, spec, False
    return None
