"""Words of place that qualify a group of sides: "the two European leaders", "the Central Asian
leaders", "the three Baltic states". Such words name no country of their own (the dictionary
gives them no sense, or a region's), so the phrase still stands for the pair or group told before."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit

# At most this many such words before the noun ("Central Asian").
_MOST: Final = 2
# How the last of them ends: an adjective of place ("European", "Baltic", "Kurdish", "Balinese").
_ADJECTIVE_ENDS: Final = ("an", "ic", "ish", "ese", "i")


def after_place_words(units: list[Unit], k: int) -> int:
    """The index after the capitalised words of no known sense starting at ``k`` (``k`` when
    there are none): "European" in "the two European leaders"."""
    j = k
    while j < len(units) and j - k < _MOST and _place_word(units[j]):
        j += 1
    while j > k and not _adjective(units[j - 1]):
        j -= 1  # "the two Heads of State": a noun, not a word of place
    return j


def _place_word(unit: Unit) -> bool:
    text = unit.text.replace(" ", "")
    return (text.isalpha() and text[:1].isupper() and not text.isupper() and unit.actor is None
            and all(sense.kind == "region" for sense in unit.senses))  # "South American" is a region's


def _adjective(unit: Unit) -> bool:
    return unit.low.endswith(_ADJECTIVE_ENDS) or any(sense.kind == "region" for sense in unit.senses)
