"""Named members before "and (a dozen) other ...": "France, Germany and a dozen other Western
governments condemned ..." is said by each country named, not by the bloc the rest belong to."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit

# Words of a count between "and" and "other": "a dozen", "several", "some 20", "many".
_COUNT_WORDS: Final = frozenset({"a", "dozen", "dozens", "of", "several", "many", "some", "few", "more", "than",
                                 "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                 "twenty", "thirty", "forty", "fifty", "numerous", "various"})


def members_before_others(units: list[Unit], index: int) -> int | None:
    """The index of the last actor named before "and ... other" that leads to ``index``, if any."""
    k = index - 1
    if k < 0 or units[k].low != "other":
        return None
    k -= 1
    while k >= 0 and (units[k].low in _COUNT_WORDS or units[k].low.isdigit()):
        k -= 1
    if k < 1 or units[k].low not in ("and", ","):
        return None
    j = k - 1
    if units[k].low == "and" and units[j].text == ",":
        j -= 1
    if j < 0 or units[j].actor is None or units[j].possessive:
        return None
    return j
