"""Where relations are broken, opened or closed: a place the sentence gives the act, not one of
another event told in a clause of cause (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

from tests.conftest import extract

DAY = date(2024, 5, 10)


def _relations(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.event_mode, e.actor_country, e.target_country, e.place_country)
            for e in extract(text, DAY) if e.event_type == "relations"]


def test_an_embassy_closed_in_a_capital_is_closed_there():
    assert _relations("Malta will close its embassy in Damascus.") == [("close", "MLT", "SYR", "SYR")]


def test_an_embassy_reopened_in_a_capital_is_reopened_there():
    assert _relations("Peru reopened its embassy in Caracas in December.") == [("restore", "PER", "VEN", "VEN")]


def test_a_place_in_a_clause_of_cause_is_another_event_s():
    text = "Chile cut ties with Iran in 2016, after protesters stormed its embassy in Tehran."
    assert _relations(text) == [("break", "CHL", "IRN", None)]


def test_a_break_with_no_place_stays_without_one():
    assert _relations("Chile cut diplomatic ties with Peru on Wednesday.") == [("break", "CHL", "PER", None)]
