"""A threat named by a verb of naming, from short sentences written for these tests: "described
them as a threat", "calling it a threat", "what he called the Chinese threat" judge the other
side (a criticism by the one naming); nobody threatens anybody. A threat issued or made, and a
warning named, stay threats."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows


def _events(text: str) -> set[tuple]:
    return rows(extract(text))


@pytest.mark.parametrize("text, expected", [
    ("Poland expelled two Belarusian diplomats on Monday, with its interior minister describing them"
     " as a threat to national security.",
     {("relations", "expel", "POL", "BLR", "POL", date(2024, 6, 17)),
      ("statement", "criticism", "POL", "BLR", None, date(2024, 6, 17))}),
    ("Lithuanian officials have often criticised Minsk's new air base, calling it a threat to the region.",
     {("statement", "criticism", "LTU", "BLR", None, date(2024, 6, 19))}),
    ("Prime Minister Kishida said on Tuesday that Japan would spend more on what he called the Chinese threat.",
     {("statement", "criticism", "JPN", "CHN", None, date(2024, 6, 18))}),
])
def test_a_threat_named_is_a_judgement_not_a_threat(text, expected):
    assert _events(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("North Korea issued a threat against South Korea on Monday.",
     {("statement", "threat", "PRK", "KOR", None, date(2024, 6, 17))}),
    ("Russia made fresh threats against Moldova on Tuesday.",
     {("statement", "threat", "RUS", "MDA", None, date(2024, 6, 18))}),
    # a warning named is the namer's own: "called the drills a stern warning to Taipei"
    ("Beijing called the drills a stern warning to Taipei.",
     {("statement", "threat", "CHN", "TWN", None, date(2024, 6, 19))}),
])
def test_a_threat_issued_or_a_warning_named_stays_a_threat(text, expected):
    assert _events(text) == expected
