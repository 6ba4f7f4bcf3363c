"""A visit someone has accepted an invitation to, or looks forward to, lies ahead: planned,
from short sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract

PUBLISHED = date(2024, 6, 19)


def _events(text: str, event_type: str) -> set[tuple]:
    return {(e.event_mode, e.actor_country, e.target_country, e.place_country, e.date_start, e.modality)
            for e in extract(text, PUBLISHED) if e.event_type == event_type}


@pytest.mark.parametrize("text, expected", [
    ("Kenya's president has accepted an invitation to visit Ghana, though no date has been set.",
     {("unspecified", "KEN", "GHA", "GHA", PUBLISHED, "planned")}),
    ("The Peruvian president said she looks forward to visiting Chile soon.",
     {("unspecified", "PER", "CHL", "CHL", PUBLISHED, "planned")}),
])
def test_an_accepted_or_awaited_visit_is_planned(text, expected):
    assert _events(text, "visit") == expected


def test_a_visit_told_as_done_stays_asserted():
    assert _events("Lula visited Chile on Monday.", "visit") == {
        ("unspecified", "BRA", "CHL", "CHL", date(2024, 6, 17), "asserted")}
