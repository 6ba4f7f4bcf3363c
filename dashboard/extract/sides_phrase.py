"""The sides a relations noun names right after it: "relations between A and B were broken off"."""

from __future__ import annotations

from dashboard.extract.units import Unit


def past_sides(units: list[Unit], k: int) -> int:
    """The unit after "with A" or "between A and B" starting at ``k`` (``k`` itself when none
    starts there), so that a passive verb after the phrase is found."""
    if k >= len(units) or units[k].low not in ("with", "between"):
        return k
    j = k + 1
    while j < len(units) and (units[j].actor is not None or units[j].low in ("and", ",", "the")):
        j += 1
    return j if j > k + 1 and units[j - 1].actor is not None else k
