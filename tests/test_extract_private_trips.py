"""Trips of private people are no state's visit, from short sentences written for these tests:
a government that advises its citizens against travel, or grants a family a pass to travel,
stays at home; a leader's own trip is still a visit."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows

MONDAY, NEXT_MONDAY = date(2024, 6, 17), date(2024, 6, 24)


def _events(text: str) -> set[tuple]:
    return rows(extract(text))


@pytest.mark.parametrize("text", [
    "Canada on Monday advised its citizens against travelling to Haiti and the Dominican Republic.",
    "The foreign ministry told Kenyans not to travel to Somalia at all.",
    "Chile said it would give the family safe passage to travel to Argentina.",
    "The new rules would hurt Estonians wishing to travel to Latvia.",
    "Japan urged its nationals to avoid any travel to Myanmar.",
    "The foreign ministry told all Estonians to refrain from travelling to Latvia.",
])
def test_private_travel_is_no_visit(text):
    assert not {row for row in _events(text) if row[0] == "visit"}


def test_a_leaders_trip_after_the_same_words_is_still_a_visit():
    assert _events("Canadian Prime Minister Justin Trudeau is planning to travel to Haiti on Monday.") == {
        ("visit", "unspecified", "CAN", "HTI", "HTI", NEXT_MONDAY)}


def test_a_plain_trip_is_kept():
    assert _events("Brazilian President Lula travelled to Chile on Monday.") == {
        ("visit", "unspecified", "BRA", "CHL", "CHL", MONDAY)}


def test_officials_named_by_a_demonym_still_travel():
    assert _events("Kenyan and Ugandan trade ministers are planning to travel to Rwanda on Monday.") == {
        ("visit", "unspecified", "KEN", "RWA", "RWA", NEXT_MONDAY), ("visit", "unspecified", "UGA", "RWA", "RWA", NEXT_MONDAY)}


def test_travel_naming_a_measure_is_no_trip():
    text = "LIMA, Peru - Chile approved travel sanctions on Peruvian officials on Monday."
    assert {row[:4] for row in _events(text)} == {("sanction", "impose", "CHL", "PER")}


def test_travel_restrictions_are_no_trip():
    assert not {row for row in _events("ACCRA, Ghana - Togo eased travel restrictions on Monday.") if row[0] == "visit"}
