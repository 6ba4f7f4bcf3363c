"""Remarks told in the present perfect sum up what a side has said over time: they take no place
from the report's dateline, a visit or talks, only one their own sentence names (sentences
written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.extract.perfect_remarks import told_in_perfect
from tests.conftest import extract

DAY = date(2024, 5, 10)
FILED = "LIMA (Wire) - Peru on Friday expelled two Bolivian diplomats.\n\n"


def _statements(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.event_mode, e.actor_country, e.target_country, e.place_country)
            for e in extract(text, DAY) if e.event_type == "statement"]


@pytest.mark.parametrize(("sentence", "verb", "perfect"), [
    ("Peru has accused Bolivia of smuggling.", "accused", True),
    ("Peru has repeatedly warned Bolivia.", "warned", True),
    ("The two have also long criticised Bolivia.", "criticised", True),
    ("Peru accused Bolivia of smuggling.", "accused", False),
    ("Peru had accused Bolivia of smuggling.", "accused", False),
])
def test_the_perfect_right_before_the_verb(sentence, verb, perfect):
    assert told_in_perfect(sentence, sentence.index(verb)) is perfect


def test_a_remark_of_the_day_is_placed_where_the_report_was_filed():
    text = FILED + "Peru's government criticised Bolivia on Friday for harbouring smugglers."
    assert _statements(text) == [("criticism", "PER", "BOL", "PER")]


def test_a_remark_in_the_perfect_is_not_placed_by_the_dateline():
    text = FILED + "Peru's government has criticised Bolivia for harbouring smugglers."
    assert _statements(text) == [("criticism", "PER", "BOL", None)]


def test_the_perfect_in_the_dateline_sentence_is_the_day_news():
    text = "LIMA (Wire) - Peru's government has criticised Bolivia for harbouring smugglers."
    assert _statements(text) == [("criticism", "PER", "BOL", "PER")]


def test_a_place_the_sentence_names_stays():
    text = FILED + "In Cusco, Peru's government has criticised Bolivia for harbouring smugglers."
    assert [e[3] for e in _statements(text)] == ["PER"]


VISIT = "Chilean President Gabriel Boric arrived in Buenos Aires on Friday for a state visit to Argentina.\n\n"


def test_a_visitor_speaks_where_the_visit_is():
    text = VISIT + "Boric criticised Bolivia on Friday over its border policy."
    assert _statements(text) == [("criticism", "CHL", "BOL", "ARG")]


def test_a_visitor_remark_in_the_perfect_is_not_placed_by_the_visit():
    text = VISIT + "Boric has criticised Bolivia over its border policy."
    assert _statements(text) == [("criticism", "CHL", "BOL", None)]


TALKS = "Chilean President Gabriel Boric held talks with Argentine President Javier Milei in Buenos Aires on Friday.\n\n"


def test_a_remark_in_the_perfect_is_not_placed_by_the_talks():
    text = TALKS + "Milei has condemned Venezuela's attacks."
    assert _statements(text) == [("criticism", "ARG", "VEN", None)]
