"""Sides named as one member of a list, from short sentences written for these tests: a
person with the country after the name ("President Boric of Chile") is one member, so "A of X
and B of Y" names two sides, as subject and as object."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def _rows(text: str, event_type: str) -> set[tuple]:
    return {(e.event_type, e.event_mode, e.actor_country, e.target_country, e.place_country,
             e.date_start.isoformat() if e.date_start else None)
            for e in extract(text) if e.event_type == event_type}


@pytest.mark.parametrize(("text", "event_type", "expected"), [
    ("President Gustavo Petro of Colombia and President Daniel Noboa of Ecuador met in Quito on Tuesday.",
     "meeting", {("meeting", "talks", "COL", "ECU", "ECU", "2024-06-18")}),
    ("Lula met President Gabriel Boric of Chile and President Javier Milei of Argentina in Brasilia on Tuesday.",
     "meeting", {("meeting", "talks", "BRA", "CHL", "BRA", "2024-06-18"),
                 ("meeting", "talks", "BRA", "ARG", "BRA", "2024-06-18")}),
    ("Lula hosted a summit in Brasilia on Tuesday. President Gabriel Boric of Chile, President Santiago Pena"
     " of Paraguay and President Luis Arce of Bolivia attended the summit.",
     "visit", {("visit", "summit", "CHL", "BRA", "BRA", "2024-06-18"),
               ("visit", "summit", "PRY", "BRA", "BRA", "2024-06-18"),
               ("visit", "summit", "BOL", "BRA", "BRA", "2024-06-18")}),
])
def test_person_of_country_is_one_list_member(text: str, event_type: str, expected: set[tuple]) -> None:
    assert _rows(text, event_type) == expected


def test_listed_person_of_country_travels() -> None:
    """The listed person, not the country named after the name, is the side: a meeting abroad
    is a trip by that person's country."""
    text = "President Gustavo Petro of Colombia and President Daniel Noboa of Ecuador met in Quito on Tuesday."
    assert _rows(text, "visit") == {("visit", "unspecified", "COL", "ECU", "ECU", "2024-06-18")}
