"""A phrase of manner between a verb and its object: "condemns in the strongest possible terms
Russia's attack", "denounced in no uncertain terms the decision"."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit

# The words of "in the strongest (possible) terms" and its like after "in", up to "terms".
_MANNER_WORDS: Final = frozenset({"the", "strongest", "strong", "strongest-possible", "possible", "harshest",
                                  "no", "uncertain", "clearest", "firmest", "most", "severe", "unequivocal",
                                  "very", "sharp", "sharpest", "unambiguous"})


def after_manner(units: list[Unit], k: int) -> int:
    """The index after a phrase of manner opening at ``k`` ("in the strongest terms", ", in strong
    terms,"), else ``k``."""
    start = k + 1 if k < len(units) and units[k].text == "," else k
    if start >= len(units) or units[start].low != "in":
        return k
    end = start + 1
    while end < len(units) and end - start <= 4 and units[end].low in _MANNER_WORDS:
        end += 1
    if end > start + 1 and end < len(units) and units[end].low == "terms":
        return end + 1 + (1 if end + 1 < len(units) and units[end + 1].text == "," else 0)
    return k
