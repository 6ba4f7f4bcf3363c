"""Titles with a complement between the title and its holder's name.

"Russia's special envoy for Afghanistan Zamir Kabulov", "the US ambassador to Syria, Margaret
Scobey,", "Zamir Kabulov, Russia's envoy for Afghanistan,": the complement ("for Afghanistan",
"to the United Nations", "for the Horn of Africa") names the post's brief, not the holder's
country, which the title gives. ``people.py`` ties the name to the title across it.
"""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit

# Words that open a title's complement: "envoy for", "ambassador to", "adviser on".
LINKS: Final = frozenset({"for", "to", "on"})
# Lower-case words inside a complement: "the Horn of Africa", "Development and the Pacific".
_JOINS: Final = frozenset({"the", "and", "of"})
_LONGEST: Final = 7  # units in a complement, its link word included


def _part(unit: Unit) -> bool:
    """A country or group, a joining word, or a capitalised word of a region's or brief's name."""
    actor = unit.actor
    if actor is not None:
        return actor.kind in ("state", "group") and not actor.plural and not unit.possessive
    return unit.low in _JOINS or (unit.text[:1].isupper() and unit.text.isalpha())


def complement_to_comma(units: list[Unit], k: int) -> int:
    """The comma closing a complement that opens at ``k`` ("for the Horn of Africa,"); -1 when
    there is none."""
    if k >= len(units) or units[k].low not in LINKS:
        return -1
    m = k + 1
    while m < len(units) and m - k < _LONGEST and _part(units[m]):
        m += 1
    if m == k + 1 or m >= len(units) or units[m].low != "," or units[m - 1].low in _JOINS:
        return -1
    return m


def complement_to_name(units: list[Unit], k: int) -> int:
    """Where the name starts after a complement of one country or group ("for Afghanistan
    Zamir Kabulov", "to the UN Linda Thomas-Greenfield"); -1 when the complement is not that.
    A complement in words ("for the Pacific Zed Seselja") leaves no edge to the name."""
    if k + 1 >= len(units) or units[k].low not in LINKS:
        return -1
    m = k + 2 if units[k + 1].low == "the" else k + 1
    if m + 1 >= len(units) or units[m].actor is None or not _part(units[m]):
        return -1
    return m + 1


def complement_start(units: list[Unit], comma: int) -> int:
    """The link word opening the complement a comma closes ("for" in "envoy for Afghanistan,");
    -1 when the words before the comma are no complement."""
    m = comma - 1
    while m > 0 and comma - m < _LONGEST and units[m].low not in LINKS:
        if not _part(units[m]):
            return -1
        m -= 1
    if m <= 0 or m == comma - 1 or units[m].low not in LINKS or complement_to_comma(units, m) != comma:
        return -1
    return m
