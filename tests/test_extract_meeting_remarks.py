"""Remarks made at talks: a person who held talks in person that day spoke where the talks were,
guest and host alike (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

from tests.conftest import extract

DAY = date(2024, 5, 10)
TALKS = "Chilean President Gabriel Boric held talks with Argentine President Javier Milei in Buenos Aires on Friday.\n\n"


def _statements(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.event_mode, e.actor_country, e.target_country, e.place_country)
            for e in extract(text, DAY) if e.event_type == "statement"]


def test_both_leaders_speak_where_they_held_talks():
    text = TALKS + "The two leaders condemned Venezuela's attacks on Friday."
    assert _statements(text) == [("criticism", "CHL", "VEN", "ARG"), ("criticism", "ARG", "VEN", "ARG")]


def test_the_host_speaks_where_the_talks_were():
    text = TALKS + "Milei condemned Venezuela's attacks on Friday."
    assert _statements(text) == [("criticism", "ARG", "VEN", "ARG")]


def test_a_government_that_held_no_talks_stays_unplaced():
    text = TALKS + "Chile said on Friday that it condemned the attacks by Venezuela."
    assert _statements(text) == [("criticism", "CHL", "VEN", None)]


def test_a_call_puts_a_remark_nowhere():
    text = ("Chilean President Gabriel Boric spoke by phone with Argentine President Javier Milei on Friday.\n\n"
            "Milei condemned Venezuela's attacks on Friday.")
    assert _statements(text) == [("criticism", "ARG", "VEN", None)]


def test_a_remark_of_another_day_stays_unplaced():
    text = TALKS + "Milei condemned Venezuela's attacks on Tuesday."
    assert _statements(text) == [("criticism", "ARG", "VEN", None)]
