"""A later "he" after a sentence naming a person only in a side clause, from short texts written
for these tests: "Kenya and Uganda suspended Ruritania after President X was re-elected. He
flew to ..." — "he" is the person the story was about before."""

from __future__ import annotations

from datetime import date

from dashboard.extract.pipeline import extract_events
from tests.conftest import triples

_DAY = date(2003, 2, 11)


def test_he_skips_a_person_named_in_a_side_clause():
    text = ("President Olusegun Obasanjo wrote to Australia on Monday. "
            "Australia and Nigeria suspended Zimbabwe last year after President Robert Mugabe was re-elected. "
            "He went to South Africa last week.")
    assert ("visit", "unspecified", "NGA", "ZAF", "asserted") in triples(extract_events(text, _DAY))


def test_main_clause_after_a_fronted_side_clause_keeps_its_subject():
    text = ("President Olusegun Obasanjo wrote to Australia on Monday. "
            "Speaking hours after the talks ended in Abuja, President Robert Mugabe praised Nigeria. "
            "He went to South Africa last week.")
    assert ("visit", "unspecified", "ZWE", "ZAF", "asserted") in triples(extract_events(text, _DAY))


def test_person_as_main_subject_stays_whom_he_means():
    text = ("President Olusegun Obasanjo wrote to Australia on Monday. "
            "President Robert Mugabe criticised Australia after the vote. "
            "He went to South Africa last week.")
    assert ("visit", "unspecified", "ZWE", "ZAF", "asserted") in triples(extract_events(text, _DAY))
