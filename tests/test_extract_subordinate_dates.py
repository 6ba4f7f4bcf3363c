"""A statement is not dated by a clause of another time after its trigger ("a violation of a
resolution passed after the regime conducted its first test in October")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract


def _statements(text: str) -> set[tuple]:
    return {(e.actor_country, e.target_country, str(e.date_start), e.date_precision, e.date_basis)
            for e in extract(text, date(2024, 6, 19)) if e.event_type == "statement"}


@pytest.mark.parametrize("text", [
    "The Japanese minister said North Korea's actions were a clear violation of a resolution "
    "adopted after the regime tested a nuclear device in October 2016.",
    "The Japanese minister criticised North Korea because it fired two missiles in March.",
])
def test_a_clause_of_another_time_does_not_date_the_words(text):
    assert _statements(text) == {("JPN", "PRK", "2024-06-19", "day", "published")}


def test_a_when_clause_tells_the_time_of_the_words():
    text = "Japan protested strongly when Chinese ships entered its waters in March 2021."
    assert _statements(text) == {("JPN", "CHN", "2021-03-01", "month", "stated")}


def test_a_day_before_the_clause_still_dates_the_words():
    text = "The Japanese minister criticised North Korea on Monday after it fired two missiles."
    assert _statements(text) == {("JPN", "PRK", "2024-06-17", "day", "relative")}
