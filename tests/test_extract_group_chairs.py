"""A group's co-chairs named by their countries, from short sentences written for these tests:
the group acts, not each country."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows


@pytest.mark.parametrize("text, expected", [
    ("The OSCE Minsk Group's French, US and Russian co-chairs went to Baku on Monday.",
     {("visit", "unspecified", "OSC", "AZE", "AZE", date(2024, 6, 17))}),
    ("The co-chairs of the OSCE Minsk Group (Russia, France and the US) held talks with Armenia on Monday.",
     {("meeting", "talks", "OSC", "ARM", None, date(2024, 6, 17))}),
    ("The co-chairs of the OSCE Minsk Group - Russia, France and the US - held talks with Armenia on Monday.",
     {("meeting", "talks", "OSC", "ARM", None, date(2024, 6, 17))}),
])
def test_co_chairs_named_by_country_are_the_group(text, expected):
    assert rows(extract(text)) == expected


def test_a_groups_ministers_of_two_countries_stay_those_countries():
    events = extract("The EU's French and German ministers went to Baku on Monday.")
    assert {(e.actor_country, e.target_country) for e in events} == {("FRA", "AZE"), ("DEU", "AZE")}
