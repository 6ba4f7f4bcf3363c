"""A headline's bare surname, the text naming the person in full only further down, from short
texts written for these tests: "Ruiz, Lula sign ..." over "Argentine President ... Ruiz"."""

from __future__ import annotations

from datetime import date

from dashboard.extract.pipeline import extract_events
from tests.conftest import triples


def test_headline_subject_named_in_full_below():
    text = ("Kirchner pays state visit to Chile\n\n"
            "SANTIAGO - Argentine President Nestor Kirchner opened talks with business leaders on Tuesday.")
    assert ("visit", "state", "ARG", "CHL", "asserted") in triples(extract_events(text, date(2005, 3, 2)))


def test_surname_given_as_headline():
    events = extract_events("Argentine President Nestor Kirchner spoke to reporters on Tuesday.",
                            date(2005, 3, 2), headline="Kirchner, Lula sign energy pact")
    assert ("agreement", "sign", "ARG", "BRA", "asserted") in triples(events)


def test_surname_after_a_clause_opener():
    text = ("Drills go on after Kirchner visits Chile\n\n"
            "Argentine President Nestor Kirchner spoke to reporters on Tuesday.")
    assert ("visit", "unspecified", "ARG", "CHL", "asserted") in triples(extract_events(text, date(2005, 3, 2)))


def test_unknown_word_not_named_below_stays_unknown():
    text = ("Kirchner pays state visit to Chile\n\n"
            "Argentine officials opened talks with business leaders on Tuesday.")
    assert not any(e.event_type == "visit" and e.actor_country == "ARG"
                   for e in extract_events(text, date(2005, 3, 2)))
