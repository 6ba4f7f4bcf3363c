"""History told with its sides left to the story, from short sentences written for these tests:
an earlier visit presupposed by "the first visit by X since 1990" with no host named goes where
X's country went last; ties "established in 1929" with no sides are the story's pair's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows


def _of(text: str, event_type: str) -> set[tuple]:
    return rows(extract(text), "date_precision", event_type=event_type)


@pytest.mark.parametrize("text, expected", [
    ("Chile's foreign minister Ana Soto visited Peru on Monday. It was the first visit by a Chilean "
     "foreign minister since 1990.",
     {("visit", "unspecified", "CHL", "PER", "PER", date(2024, 6, 17), "day"),
      ("visit", "unspecified", "CHL", "PER", "PER", date(1990, 1, 1), "year")}),
    ("Chile's foreign minister Ana Soto will visit Peru on Monday. It will be the first visit to the "
     "country by a Chilean foreign minister since then minister Jorge Vidal in March 2019.",
     {("visit", "unspecified", "CHL", "PER", "PER", date(2024, 6, 24), "day"),
      ("visit", "unspecified", "CHL", "PER", "PER", date(2019, 3, 1), "month")}),
])
def test_an_earlier_visit_of_no_host_goes_where_the_story_went(text, expected):
    assert _of(text, "visit") == expected


def test_a_count_of_years_borrows_no_host():
    text = ("Chile's foreign minister Ana Soto visited Peru on Monday. It was the first visit by a "
            "Chilean foreign minister in twelve years.")
    assert _of(text, "visit") == {("visit", "unspecified", "CHL", "PER", "PER", date(2024, 6, 17), "day")}


@pytest.mark.parametrize("text", [
    "Kishida arrived in Canberra on Monday. The trip marks ninety years of diplomatic ties, established in 1934.",
    "Kishida arrived in Canberra on Monday. The ties, established in 1934, have never been closer.",
])
def test_ties_founded_with_no_sides_are_the_story_pair(text):
    assert _of(text, "relations") == {("relations", "establish", "JPN", "AUS", None, date(1934, 1, 1), "year")}


def test_founded_ties_of_their_own_sides_keep_them():
    text = "Kishida arrived in Canberra on Monday. Peru and Chile mark fifty years of ties, established in 1974."
    assert _of(text, "relations") == {("relations", "establish", "PER", "CHL", None, date(1974, 1, 1), "year")}
