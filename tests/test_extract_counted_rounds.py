"""Meetings and visits told once with a count ("held two rounds of talks", "have met twice",
"made two visits"): one event per round, the undated copies beside the one the text dates."""

from __future__ import annotations

from datetime import date

from tests.conftest import extract

DAY = date(2024, 3, 8)


def _dated(text: str, event_type: str) -> list[tuple[str, str | None, str | None, str]]:
    return sorted(((e.actor_country or "", e.target_country, str(e.date_start), e.date_precision)
                   for e in extract(text, DAY) if e.event_type == event_type), key=str)


def test_two_rounds_of_talks_are_two_meetings_one_dated():
    text = "Chilean and Peruvian vice-ministers held two rounds of border talks last year, the first in Lima in March."
    assert _dated(text, "meeting") == [("CHL", "PER", "2023-03-01", "month"), ("CHL", "PER", "None", "unknown")]


def test_met_twice_is_two_meetings_the_latest_dated():
    text = "Boric and Brazilian President Lula have met twice at regional summits, most recently in Brasilia in May."
    assert _dated(text, "meeting") == [("CHL", "BRA", "2023-05-01", "month"), ("CHL", "BRA", "None", "unknown")]


def test_two_visits_are_two_visits():
    text = "French President Emmanuel Macron made two visits to Beirut after the blast."
    assert _dated(text, "visit") == [("FRA", "LBN", "2024-03-08", "day"), ("FRA", "LBN", "None", "unknown")]


def test_rounds_already_dated_apart_get_no_copy():
    text = "Chile and Peru held two rounds of talks in July and August."
    assert _dated(text, "meeting") == [("CHL", "PER", "2023-07-01", "month"), ("CHL", "PER", "2023-08-01", "month")]


def test_the_two_sides_are_no_count():
    text = "Chilean President Gabriel Boric visited Lima on Monday. The two presidents held talks on trade."
    assert _dated(text, "meeting") == [("CHL", "PER", "2024-03-04", "day")]
