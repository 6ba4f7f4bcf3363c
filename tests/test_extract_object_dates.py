"""A week, month or year inside a statement's object dates the deed spoken of, not the words,
from short sentences written for these tests: "offered condolences for the loss of lives in the
floods earlier this month" is said on the report's day."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract

PUBLISHED = date(2024, 6, 19)


def _rows(text: str) -> set[tuple]:
    return {(e.event_type, e.event_mode, e.actor_country, e.target_country, e.place_country,
             e.date_start, e.date_precision, e.date_basis) for e in extract(text, PUBLISHED)}


@pytest.mark.parametrize("text, expected", [
    ("Peru's president offered condolences to Chile for the loss of lives in the floods earlier this month.",
     {("statement", "sympathy", "PER", "CHL", None, PUBLISHED, "day", "published")}),
    ("Peru condemned the attack by Bolivian rebels on a border post last week.",
     {("statement", "criticism", "PER", "BOL", None, PUBLISHED, "day", "published")}),
    ("Peru accused Chile of breaking a deal the two sides signed two weeks ago.",
     {("statement", "accusation", "PER", "CHL", None, PUBLISHED, "day", "published")}),
    ("Peru's foreign minister thanked Chile for hosting the talks last year.",
     {("statement", "praise", "PER", "CHL", None, PUBLISHED, "day", "published")}),
])
def test_a_coarse_date_of_the_deed_spoken_of_leaves_the_words_on_the_report_day(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the date stands right after the words or their addressee: it is the words' own
    ("Peru criticised Chile last month.",
     {("statement", "criticism", "PER", "CHL", None, date(2024, 5, 1), "month", "relative")}),
    ("Peru said in a statement last month that Chile had broken the deal.",
     {("statement", "comment", "PER", "CHL", None, date(2024, 5, 1), "month", "relative")}),
    # "for" opens the object, but no deed stands in it: the endorsing was then
    ("Peru endorsed Chile's plan for the border last July.",
     {("statement", "support", "PER", "CHL", None, date(2023, 7, 1), "month", "stated")}),
])
def test_a_date_of_the_words_themselves_stays(text, expected):
    assert _rows(text) == expected
