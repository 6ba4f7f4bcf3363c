"""People named with their country after "of" in a list of sides, from short sentences written
for these tests: "President A of France and Chancellor B of Germany condemned" names two sides, the
list going on past "of" to the member before it."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("text, expected", [
    ("President Emmanuel Macron of France and Chancellor Olaf Scholz of Germany condemned North Korea "
     "on Monday.",
     {("statement", "criticism", "FRA", "PRK", "asserted"), ("statement", "criticism", "DEU", "PRK", "asserted")}),
    ("Emmanuel Macron of France, Olaf Scholz of Germany and Rishi Sunak of Britain condemned Iran.",
     {("statement", "criticism", "FRA", "IRN", "asserted"), ("statement", "criticism", "DEU", "IRN", "asserted"),
      ("statement", "criticism", "GBR", "IRN", "asserted")}),
    ("Egyptian President Abdel Fattah al-Sisi and King Abdullah II of Jordan attended the summit in "
     "Baghdad on Saturday.",
     {("visit", "summit", "EGY", "IRQ", "asserted"), ("visit", "summit", "JOR", "IRQ", "asserted")}),
    ("King Abdullah II of Jordan visited Baghdad on Saturday.",
     {("visit", "unspecified", "JOR", "IRQ", "asserted")}),
])
def test_people_of_their_countries_in_a_list_are_each_a_side(text, expected):
    assert triples(extract(text)) == expected


def test_place_and_date_of_a_listed_side():
    events = extract("Egyptian President Abdel Fattah al-Sisi and King Abdullah II of Jordan attended the "
                     "summit in Baghdad on Saturday.", date(2024, 6, 19))
    assert {(e.actor_country, e.target_country, e.place_country, e.date_start) for e in events} == {
        ("EGY", "IRQ", "IRQ", date(2024, 6, 15)), ("JOR", "IRQ", "IRQ", date(2024, 6, 15))}


@pytest.mark.parametrize("text, expected", [
    # a country after "of" that is not the person's own stays the side named there
    ("Prime Minister Rishi Sunak of Britain and Germany condemned Iran.",
     {("statement", "criticism", "GBR", "IRN", "asserted"), ("statement", "criticism", "DEU", "IRN", "asserted")}),
    ("The head of the UN and Egypt condemned Israel.",
     {("statement", "criticism", "UNO", "ISR", "asserted"), ("statement", "criticism", "EGY", "ISR", "asserted")}),
])
def test_other_lists_are_unchanged(text, expected):
    assert triples(extract(text)) == expected
