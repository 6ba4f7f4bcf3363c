"""Where acts told under a dateline in the actor's own country happen: at home; short texts
written for these tests."""

from __future__ import annotations

from datetime import date

from tests.conftest import extract

_DAY = date(2024, 3, 14)  # a Thursday


def _relations(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.event_mode, e.actor_country, e.target_country, e.place_country)
            for e in extract(text, _DAY) if e.event_type == "relations"]


def test_a_break_filed_from_the_actors_capital_is_placed_there():
    text = "LIMA, March 14 — Peru broke off diplomatic relations with Bolivia on Wednesday, citing repeated interference."
    assert _relations(text) == [("break", "PER", "BOL", "PER")]


def test_a_break_filed_from_abroad_keeps_no_place():
    text = "LONDON, March 14 — Peru broke off diplomatic relations with Bolivia on Wednesday, citing repeated interference."
    assert _relations(text) == [("break", "PER", "BOL", None)]


def test_an_older_break_under_a_home_dateline_keeps_no_place():
    text = "LIMA, March 14 — Peru broke off diplomatic relations with Bolivia in 2019, citing repeated interference."
    assert _relations(text) == [("break", "PER", "BOL", None)]
