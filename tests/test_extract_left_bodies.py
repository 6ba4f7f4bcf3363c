"""Leaving a body or ending cooperation, from short sentences written for these tests: a
committee, a contract or cooperation is what a withdrawal leaves, and "summoned X's envoy, said
it was pulling out": the "it" of a second predicate's report is whoever said, not the envoy's
country."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows


def _of(text: str, event_type: str) -> set[tuple]:
    return rows(extract(text), "modality", event_type=event_type)


@pytest.mark.parametrize("text, expected", [
    ("Ghana said on Monday it was suspending its development cooperation with Denmark.",
     {("agreement", "withdraw", "GHA", "DNK", None, date(2024, 6, 17), "asserted")}),
    ("Australia cancelled a submarine contract with France in 2021.",
     {("agreement", "withdraw", "AUS", "FRA", None, date(2021, 1, 1), "asserted")}),
    ("Chile said on Monday it was pulling out of a regional military committee with Peru.",
     {("agreement", "withdraw", "CHL", "PER", None, date(2024, 6, 17), "asserted")}),
])
def test_a_body_or_cooperation_is_left(text, expected):
    assert _of(text, "agreement") == expected


@pytest.mark.parametrize("text, event_type, expected", [
    ("Chile went further. Its government summoned the Peruvian ambassador, said it was pulling out "
     "of a regional military committee with Peru, and said it would go to court.",
     "agreement", {("agreement", "withdraw", "CHL", "PER", None, date(2024, 6, 19), "asserted")}),
    ("Chile summoned the Peruvian ambassador on Monday and said it was recalling its ambassador from Peru.",
     "relations", {("relations", "recall", "CHL", "PER", "PER", date(2024, 6, 17), "asserted")}),
    ("Chile criticised Peru on Monday and said it was pulling out of the fisheries treaty.",
     "agreement", {("agreement", "withdraw", "CHL", "PER", None, date(2024, 6, 17), "asserted")}),
])
def test_it_after_a_second_reporting_verb_is_who_said(text, event_type, expected):
    assert _of(text, event_type) == expected


def test_a_plain_report_keeps_its_speaker():
    assert _of("Italy said on Monday it was leaving the fisheries treaty with Peru.", "agreement") == {
        ("agreement", "withdraw", "ITA", "PER", None, date(2024, 6, 17), "asserted")}
