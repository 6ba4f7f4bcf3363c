"""Which of a sentence's dates dates which event (own wording)."""

from __future__ import annotations

from datetime import date

from tests.conftest import extract


def _dated(text: str, published: date) -> set[tuple[str, str, str]]:
    return {(e.event_type, e.modality, str(e.date_start)) for e in extract(text, published)}


def test_a_where_clause_with_a_date_of_its_own_is_not_dated_by_the_main_clause():
    # Published on Monday 11 November 2024: flew on Sunday the 10th, to meet on Tuesday the 12th.
    text = ("Kenyan President William Ruto flew on Sunday to Washington, where he is due to meet President Joe Biden"
            " at the White House on Tuesday.")
    assert _dated(text, date(2024, 11, 11)) == {("visit", "asserted", "2024-11-10"),
                                                ("meeting", "planned", "2024-11-12")}


def test_a_where_clause_with_no_date_of_its_own_takes_the_main_clauses():
    text = "Kenyan President William Ruto flew on Sunday to Washington, where he met Biden."
    assert _dated(text, date(2024, 11, 11)) == {("visit", "asserted", "2024-11-10"),
                                                ("meeting", "asserted", "2024-11-10")}
