""""The first ... to visit Chile since Eduardo Frei in 1997": the one who last came, and when,
tell of an earlier visit on that year, from short sentences written for these tests."""

from __future__ import annotations

from datetime import date

from tests.conftest import extract

PUBLISHED = date(2024, 5, 21)


def _visits(text: str) -> set[tuple]:
    return {(e.event_mode, e.actor_country, e.target_country, e.place_country, e.date_start,
             e.date_precision, e.modality)
            for e in extract(text, PUBLISHED) if e.event_type == "visit"}


def test_the_last_holder_named_after_since_dates_an_earlier_visit():
    assert _visits("Ruto arrived in Tokyo on Monday, the first Kenyan president to visit Japan since "
                   "Uhuru Kenyatta in 2016.") == {
        ("unspecified", "KEN", "JPN", "JPN", date(2024, 5, 20), "day", "asserted"),
        ("unspecified", "KEN", "JPN", "JPN", date(2016, 1, 1), "year", "asserted")}


def test_a_clause_after_since_is_no_earlier_visit():
    assert _visits("Ruto arrived in Tokyo on Monday, the first Kenyan president to visit Japan since "
                   "it opened an embassy in 2016.") == {
        ("unspecified", "KEN", "JPN", "JPN", date(2024, 5, 20), "day", "asserted")}
