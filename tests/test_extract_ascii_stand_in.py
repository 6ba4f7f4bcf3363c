"""The ASCII stand-in of a text with other letters: the date patterns find in it, lower-cased
and case-sensitive, just what they find ignoring case in the text itself."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.extract import dates
from dashboard.extract.ascii_stand_in import ascii_stand_in


def _spans(patterns: list, text: str) -> list[tuple[str, int, int, str | None]]:
    return [(name, m.start(), m.end(), m.groupdict().get("month")) for name, pattern in patterns
            for m in pattern.finditer(text)]


def test_each_character_stands_in_by_its_class() -> None:
    assert ascii_stand_in("Vučić met Erdoğan \u2009\u3000 \u00ab ok") == "vu_i_ met erdo_an \x1c\x1c # ok"
    assert ascii_stand_in("On June 5") == "on june 5"  # ASCII: only lower-cased


@pytest.mark.parametrize("text", [
    "On \u0665 June",  # an Arabic-Indic five: a digit to \\d
    "The \u212aremlin",  # the Kelvin sign: a "k" to a pattern ignoring case
    "Tueſday",  # the long s: an "s" ignoring case
    "\u0130stanbul",  # the dotted capital I lower-cases to "i" and a dot
])
def test_no_stand_in_where_a_character_could_match(text: str) -> None:
    assert ascii_stand_in(text) is None


@pytest.mark.parametrize("text", [
    "Vučić met Erdoğan on June 5 in Ankara, two days after the vote.",
    "Çavuşoğlu arrived on Friday\u2009last week, and left on 7\u2003March 2023.",
    "Talks were held in\u3000May, and again on Sept.\u20092, said Müller.",
    "Talks ended \u00abthis morning\u00bb, early in 2021 and on 2024-06-05\u2009.",
    "The ćMay 5 summit and the March 3é meeting.",  # a letter glued to a date
])
def test_the_patterns_find_the_same(text: str) -> None:
    stand_in = ascii_stand_in(text)
    assert stand_in is not None
    assert _spans(dates._LOWER_CASE_PATTERNS, stand_in) == [
        (name, start, end, month.lower() if month else None)
        for name, start, end, month in _spans(dates._PATTERNS, text)]


def test_a_sentence_with_other_letters_keeps_its_dates() -> None:
    text = "Vučić met Erdoğan on June 5, and they meet again next Friday."
    plain = "Vucic met Erdogan on June 5, and they meet again next Friday."
    published = date(2024, 6, 19)
    found = [(m.start, m.end, m.span) for m in dates.find_dates(text, published, future=True)]
    assert found == [(m.start, m.end, m.span) for m in dates.find_dates(plain, published, future=True)]
    assert len(found) == 2
