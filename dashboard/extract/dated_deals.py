"""Agreements named with the year they were made: "the 1998 Adana agreement between Turkey and
Syria". The year opening the noun's phrase says the deal was signed then, so the noun is a
signing of that year between the sides its own phrase names, with no support verb ("signed")
needed; and a signing told with such a noun ("signed the 1998 treaty") is dated by that year."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frame import Frame
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.signed_deals import deal_signers
from dashboard.extract.units import Unit
from dashboard.extract.words import PREPOSITIONS

# What opens the phrase before the year: "the 1998 treaty", "a 2018 agreement", "its 2015 deal".
_DETERMINERS: Final = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})
# Words that may stand between the year and the noun: "the 2014 Enhanced Defense Cooperation Agreement".
_WORDS_BETWEEN: Final = 5
_FIRST_YEAR: Final = 1800
_LAST_YEAR: Final = 2099


def _year(unit: Unit) -> int | None:
    word = unit.low
    if len(word) != 4 or not word.isdigit():
        return None
    year = int(word)
    return year if _FIRST_YEAR <= year <= _LAST_YEAR else None


def deal_year(units: list[Unit], index: int) -> int | None:
    """The year right after the determiner of the agreement noun at ``index`` ("the 1998 Adana
    agreement"), past at most a few describing words; None when there is none ("in 2018 under
    a deal": a time, not the deal's name)."""
    k = index - 1
    while k >= 1 and index - k <= _WORDS_BETWEEN + 1:
        unit = units[k]
        year = _year(unit)
        if year is not None:
            before = units[k - 1]
            return year if before.low in _DETERMINERS or (before.actor is not None and before.possessive) else None
        if unit.low in PREPOSITIONS or unit.low in _DETERMINERS or unit.triggers() or unit.sense("support") \
                or not (unit.text[:1].isalpha() or unit.text == "-"):
            return None
        k -= 1
    return None


# Deals mostly made by many sides, which no pair stands for: "the 2015 nuclear agreement".
_MANY_SIDED: Final = frozenset({"nuclear", "climate"})
_BROKERED: Final = frozenset({"brokered", "mediated", "facilitated"})


def _unnamed_sides(sf: SentenceFrames, index: int, frame: Frame) -> bool:
    """A dated deal with no "between" nor "with": "the 1965 treaty" is the two countries the
    sentence names, else the latest pair's; not for a deal of many sides or told with its broker."""
    units = sf.units
    if any(units[k].low in _MANY_SIDED for k in range(max(0, index - _WORDS_BETWEEN), index)):
        return False
    if index + 2 < len(units) and units[index + 1].low in _BROKERED and units[index + 2].low == "by":
        return False  # "the 2015 peace agreement brokered by Algeria": the broker is no side
    if index + 1 < len(units) and units[index + 1].low == "with":
        return False  # "Peru praised a 2015 deal with Chile": the praiser may be no side of it
    frame.mode = "sign"
    return deal_signers(sf, index, frame)


def dated_deal(sf: SentenceFrames, index: int, frame: Frame) -> bool:
    """Fill in the signing a dated agreement noun names between the two sides after it ("the
    1998 agreement between A and B": A with B), else by the sides ``_unnamed_sides`` finds;
    False when the phrase has no year."""
    if deal_year(sf.units, index) is None:
        return False
    sides = sf.between(index)
    if len(sides) < 2:
        return _unnamed_sides(sf, index, frame)
    frame.actors, frame.targets, frame.actor_source, frame.mode = sides[:1], sides[1:], "between", "sign"
    return True
