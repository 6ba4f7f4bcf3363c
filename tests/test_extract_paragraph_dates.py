"""Dates an undated sentence takes from the paragraph before it (own wording)."""

from __future__ import annotations

from datetime import date

from tests.conftest import extract


def _dated(text: str, published: date) -> set[tuple[str, str, str]]:
    return {(e.event_type, e.actor_country or "", str(e.date_start)) for e in extract(text, published)}


def test_a_month_of_a_plan_in_the_sentence_before_is_no_history_to_carry_on():
    # Published on Monday 23 January 2023: the summit planned for July is ahead, not last July.
    text = ("Russian Foreign Minister Sergei Lavrov held talks with Naledi Pandor on trade and on the Russia-Africa"
            " summit, which Russia plans to host in St Petersburg in July. He thanked South Africa for its balanced"
            " position on the war.")
    assert _dated(text, date(2023, 1, 23)) == {("meeting", "RUS", "2023-01-23"), ("statement", "RUS", "2023-01-23")}


def test_history_told_in_the_sentence_before_still_dates_an_undated_deed():
    text = ("The rift began in March 2019, when the two governments fell out over fishing rights."
            " Rwanda closed its border with Uganda.")
    assert _dated(text, date(2023, 1, 23)) == {("sanction", "RWA", "2019-03-01")}
