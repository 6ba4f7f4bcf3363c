"""The sides a relations noun names right after it: "relations between A and B were broken off",
and an aside on the text that may follow them ("the treaty between A and B, as revised, was signed")."""

from __future__ import annotations

from dashboard.extract.units import Unit


def past_sides(units: list[Unit], k: int) -> int:
    """The unit after "with A" or "between A and B" starting at ``k`` (``k`` itself when none
    starts there), so that a passive verb after the phrase is found."""
    if k + 2 < len(units) and units[k].low == "of" and units[k + 1].actor is None and units[k + 1].text[:1].isupper():
        k += 2  # the rest of a title: "the Treaty of Transit between A and B"
        while k < len(units) and units[k].actor is None and units[k].text[:1].isupper():
            k += 1
    if k >= len(units) or units[k].low not in ("with", "between"):
        return _past_aside(units, k)
    j = k + 1
    while j < len(units) and (units[j].actor is not None or units[j].low in ("and", ",", "the")):
        j += 1
    while j > k + 1 and units[j - 1].text == ",":
        j -= 1  # the comma that closes the list, not part of it
    return _past_aside(units, j) if j > k + 1 and units[j - 1].actor is not None else k


def _past_aside(units: list[Unit], k: int) -> int:
    """The unit after ", as revised," or ", as amended," at ``k`` (``k`` when none is there)."""
    if k + 3 < len(units) and units[k].text == "," and units[k + 1].low == "as" \
            and units[k + 2].low.endswith("ed") and units[k + 3].text == ",":
        return k + 4
    return k
