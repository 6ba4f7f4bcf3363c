"""A meeting placed in one side's country, with both sides named in the sentence, is also the
other side's trip there; short sentences written for these tests. Without both named, or with
the meeting called off, no trip is added."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows

MONDAY = date(2024, 6, 17)


@pytest.mark.parametrize("text, expected", [
    ("Dutch Prime Minister Mark Rutte met Polish President Andrzej Duda in Poland on Monday.",
     {("meeting", "talks", "NLD", "POL", "POL", MONDAY, "asserted"),
      ("visit", "unspecified", "NLD", "POL", "POL", MONDAY, "asserted")}),
    ("Polish President Andrzej Duda met Dutch Prime Minister Mark Rutte in Poland on Monday.",
     {("meeting", "talks", "POL", "NLD", "POL", MONDAY, "asserted"),
      ("visit", "unspecified", "NLD", "POL", "POL", MONDAY, "asserted")}),
])
def test_a_meeting_in_the_hosts_country_is_the_guests_trip(text, expected):
    assert rows(extract(text), "modality") == expected


@pytest.mark.parametrize("text, expected", [
    ("Dutch Prime Minister Mark Rutte held talks in Poland on Monday.",
     {("meeting", "talks", "NLD", "POL", "POL", MONDAY, "asserted")}),
    ("The Netherlands and Poland held talks in Poland on Monday.",
     {("meeting", "talks", "NLD", "POL", "POL", MONDAY, "asserted")}),
    ("Dutch Prime Minister Mark Rutte called off a meeting with Polish President Andrzej Duda in Poland on Monday.",
     {("meeting", "talks", "NLD", "POL", "POL", MONDAY, "negated")}),
    ("Dutch Prime Minister Mark Rutte spoke to Polish President Andrzej Duda on Friday. "
     "The two leaders met in Poland on Monday.",
     {("meeting", "call", "NLD", "POL", None, date(2024, 6, 14), "asserted"),
      ("meeting", "talks", "NLD", "POL", "POL", MONDAY, "asserted")}),
])
def test_no_trip_without_both_sides_named_or_with_the_meeting_off(text, expected):
    assert rows(extract(text), "modality") == expected
