""""Confirmed" as a verb of reporting, from short sentences written for these tests: the "it"
after "confirmed that" is the confirming side, as after "said that", and what a side confirms
of another is a statement about it; a confirmation denied ("has not confirmed") or inside a
clause about the fact ("a flight that Tokyo has confirmed") reports nothing."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows

MONDAY, TUESDAY, WEDNESDAY = date(2024, 6, 17), date(2024, 6, 18), date(2024, 6, 19)


@pytest.mark.parametrize("text, expected", [
    ("Chile confirmed on Monday that it had cut ties with Nicaragua.",
     {("relations", "break", "CHL", "NIC", None, MONDAY)}),
    ("Kenya confirms that it has recalled its ambassador from Uganda.",
     {("relations", "recall", "KEN", "UGA", "UGA", WEDNESDAY)}),
])
def test_the_it_after_confirmed_that_is_the_confirming_side(text, expected):
    assert rows(extract(text)) == expected


def test_what_a_side_confirms_of_another_is_said_about_it():
    assert rows(extract("India confirmed on Tuesday that Pakistan had expelled an Indian diplomat.")) == {
        ("relations", "expel", "PAK", "IND", "PAK", TUESDAY),
        ("statement", "comment", "IND", "PAK", None, TUESDAY)}


EXPELLED = {("relations", "expel", "PER", "BOL", "PER", MONDAY)}


@pytest.mark.parametrize("text", [
    "Peru expelled a Bolivian envoy on Monday. Lima has not confirmed the report.",
    "Peru expelled a Bolivian envoy on Monday. La Paz never confirmed that part.",
])
def test_a_confirmation_denied_reports_nothing(text):
    assert rows(extract(text)) == EXPELLED


def test_a_clause_about_the_fact_confirmed_reports_nothing():
    assert rows(extract("Peru expelled a Bolivian envoy on Monday. It was the second expulsion this year"
                        " that La Paz has confirmed.")) == EXPELLED
