"""An anniversary of diplomatic relations between two named sides is their establishment, dated
that many years before the story."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, triples


def _ties(text: str) -> list:
    return [e for e in extract(text) if e.event_type == "relations"]


@pytest.mark.parametrize(("sentence", "expected", "year"), [
    ("The envoys met on the 40th anniversary of diplomatic ties between Chile and Peru.",
     {("relations", "establish", "CHL", "PER", "asserted")}, 1984),
    ("Officials toasted 25 years of Chile-Peru relations.",
     {("relations", "establish", "CHL", "PER", "asserted")}, 1999),
    ("A stamp marks the fiftieth anniversary of the establishment of relations between Ghana and Togo.",
     {("relations", "establish", "GHA", "TGO", "asserted")}, 1974),
    ("Guests hailed the twenty-fifth anniversary of formal diplomatic relations between Ghana and Togo.",
     {("relations", "establish", "GHA", "TGO", "asserted")}, 1999),
])
def test_an_anniversary_of_ties_dates_their_establishment(sentence, expected, year):
    events = _ties(sentence)
    assert triples(events) == expected
    assert (events[0].date_start, events[0].date_precision) == (date(year, 1, 1), "year")


@pytest.mark.parametrize("sentence", [
    "Ghana hosted Togo's leader. Both sides hailed 60 years of diplomatic relations.",  # no sides in the phrase
    "Chile and Peru will mark the 50th anniversary of diplomatic ties between Chile and Peru in 2030.",  # to come
    "Ghana and Togo have had 60 years of tense relations.",  # not an anniversary of ties
])
def test_no_anniversary_of_named_ties_is_no_establishment(sentence):
    assert not [e for e in _ties(sentence) if e.event_mode == "establish"]


def test_an_establishment_told_otherwise_is_not_counted_again():
    text = ("Chile and Peru established diplomatic relations in 1983. "
            "Officials toasted 41 years of Chile-Peru relations.")
    events = [e for e in _ties(text) if e.event_mode == "establish"]
    assert [(e.actor_country, e.target_country, e.date_start) for e in events] == [("CHL", "PER", date(1983, 1, 1))]
