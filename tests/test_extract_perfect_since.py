"""What has gone on since a date began then: the perfect with "since" (own wording)."""

from __future__ import annotations

from datetime import date

from tests.conftest import extract


def _dated(text: str, published: date) -> set[tuple]:
    return {(e.event_type, e.actor_country, e.target_country, str(e.date_start), e.date_precision)
            for e in extract(text, published)}


def test_a_mediation_that_has_gone_on_since_a_year_began_that_year():
    text = "Norway has been mediating between Colombia and Venezuela since 2016."
    assert _dated(text, date(2024, 5, 2)) == {("meeting", "NOR", "COL", "2016-01-01", "year"),
                                              ("meeting", "NOR", "VEN", "2016-01-01", "year")}


def test_trips_counted_since_a_month_began_that_month():
    text = "Philippine President Ferdinand Marcos Jr. has travelled to Japan three times since February 2023."
    assert _dated(text, date(2024, 9, 10)) == {("visit", "PHL", "JPN", "2023-02-01", "month")}


def test_the_end_of_a_year_dates_the_year():
    text = "Turkish troops have been deployed in Qatar since the end of 2015."
    assert {(t, a, c, d, p) for t, a, c, d, p in _dated(text, date(2020, 3, 4)) if t == "military"} == {
        ("military", "TUR", "QAT", "2015-01-01", "year")}


def test_a_since_date_of_another_clause_does_not_date_the_verb():
    # "since 2018" belongs to the clause after "when", not to the visit
    text = "Kenyan President William Ruto has visited Ghana, which has grown fast since 2018."
    assert _dated(text, date(2024, 9, 10)) == {("visit", "KEN", "GHA", "2024-09-10", "day")}


def test_a_past_verb_with_a_first_since_keeps_its_own_day():
    text = "Kenyan President William Ruto visited Ghana on Tuesday, his first trip there since 2018."
    assert ("visit", "KEN", "GHA", "2024-09-10", "day") in _dated(text, date(2024, 9, 12))
