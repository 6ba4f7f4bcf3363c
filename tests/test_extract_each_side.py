"""Exact events for "each leader", "each country", "both of them" and "each of them": the two
sides of the latest event between two countries, like "both sides" (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract

_OPENING = "The Peruvian president met his Chilean counterpart in Arica on Monday. "


def _pairs(events, event_type: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.event_mode, e.actor_country, e.target_country) for e in events if e.event_type == event_type}


@pytest.mark.parametrize("sentence, event_type, mode, code", [
    ("Brazil held separate meetings with each leader on Tuesday.", "meeting", "talks", "BRA"),
    ("Ecuador sat down with both of them in Quito on Tuesday.", "meeting", "talks", "ECU"),
    ("Bolivia spoke by telephone with each of them on Tuesday.", "meeting", "call", "BOL"),
    ("Canada signed bilateral documents with each country on Tuesday.", "agreement", "sign", "CAN"),
])
def test_each_of_the_pair_is_both_sides_of_the_latest_pair(sentence, event_type, mode, code):
    events = extract(_OPENING + sentence, date(2024, 3, 6))
    expected = {(mode, code, "PER"), (mode, code, "CHL")}
    if event_type == "meeting":
        expected.add(("talks", "PER", "CHL"))
    assert _pairs(events, event_type) == expected


def test_each_with_no_pair_told_names_no_one():
    events = extract("Brazil held separate meetings with each leader on Tuesday.", date(2024, 3, 6))
    assert _pairs(events, "meeting") == set()


def test_each_other_and_each_year_are_no_pair():
    events = extract(_OPENING + "The two leaders agreed to visit each other each year.", date(2024, 3, 6))
    assert _pairs(events, "meeting") == {("talks", "PER", "CHL")}
