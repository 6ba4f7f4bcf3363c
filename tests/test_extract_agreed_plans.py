"""A date ahead after a deal's "to" and its verb, or in a "that ... will" clause, dates the act
agreed on, not the agreeing, from short sentences written for these tests: "agreed to hold a
summit in Lima in 2025" is a deal of the report's day."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract

PUBLISHED = date(2024, 6, 19)


def _agreements(text: str) -> set[tuple]:
    return {(e.event_mode, e.actor_country, e.target_country, e.place_country,
             e.date_start, e.date_precision, e.date_basis, e.modality)
            for e in extract(text, PUBLISHED) if e.event_type == "agreement"}


@pytest.mark.parametrize("text, expected", [
    ("Peru and Chile agreed to hold a summit in Lima in 2025.",
     {("agree", "PER", "CHL", "PER", PUBLISHED, "day", "published", "asserted")}),
    ("Peru and Chile agreed that the next summit will be held in Santiago in 2026.",
     {("agree", "PER", "CHL", "CHL", PUBLISHED, "day", "published", "asserted")}),
    # the day of the signing stays its own; the year ahead is the crossing's
    ("Peru and Chile signed an accord on Monday to open a border crossing next year.",
     {("sign", "PER", "CHL", None, date(2024, 6, 17), "day", "relative", "asserted")}),
])
def test_a_date_ahead_of_the_act_agreed_on_leaves_the_deal_its_own_day(text, expected):
    assert _agreements(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a date gone by when the report is written is the deal's own
    ("Peru and Chile agreed to restore relations in March 2023.",
     {("agree", "PER", "CHL", None, date(2023, 3, 1), "month", "stated", "asserted")}),
    # "to" before a noun is no infinitive
    ("Peru and Chile agreed to a ceasefire on Monday.",
     {("agree", "PER", "CHL", None, date(2024, 6, 17), "day", "relative", "asserted")}),
])
def test_the_deal_keeps_a_date_of_its_own(text, expected):
    assert _agreements(text) == expected
