"""Expulsions told as the staff's deadline, from short sentences written for these tests: the
staff's own state is the target, the state or states they must leave expel."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows


def _expulsions(text: str) -> set[tuple]:
    return {row for row in rows(extract(text), "modality", event_type="relations") if row[1] == "expel"}


@pytest.mark.parametrize("text, expected", [
    ("Chilean diplomats in Lima had ten days to leave the country.",
     {("relations", "expel", "PER", "CHL", "PER", date(2024, 6, 19), "asserted")}),
    ("Nauruan diplomats now have 72 hours to leave Tonga, Fiji and Samoa.",
     {("relations", "expel", "TON", "NRU", "TON", date(2024, 6, 19), "asserted"),
      ("relations", "expel", "FJI", "NRU", "FJI", date(2024, 6, 19), "asserted"),
      ("relations", "expel", "WSM", "NRU", "WSM", date(2024, 6, 19), "asserted")}),
    ("Peru cut ties with Chile on Monday, and Chilean diplomats have a week to leave the country.",
     {("relations", "expel", "PER", "CHL", "PER", date(2024, 6, 17), "asserted")}),
])
def test_staff_with_a_deadline_to_leave_are_expelled_by_the_state_they_leave(text, expected):
    assert _expulsions(text) == expected


@pytest.mark.parametrize("text", [
    "Chilean diplomats in Lima had to leave the country.",  # no deadline: no expulsion told
    "Chilean tourists in Lima had ten days to leave the country.",  # nobody's envoys
    "The Chilean ambassador had ten days to leave for his next post.",  # no state left
])
def test_no_deadline_or_no_envoys_is_no_expulsion(text):
    assert _expulsions(text) == set()


def test_a_deadline_given_by_the_subject_stays_one_expulsion():
    assert _expulsions("Peru gave Chilean diplomats 72 hours to leave the country.") == {
        ("relations", "expel", "PER", "CHL", "PER", date(2024, 6, 19), "asserted")}
