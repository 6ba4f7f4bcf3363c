"""A trip's destination named after a copula past a qualifying phrase (own wording)."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("sentence, expected", [
    ("Sunak's first foreign trip as prime minister was to Poland.", ("GBR", "POL")),
    ("Xi's first trip abroad after the pandemic was to Kazakhstan.", ("CHN", "KAZ")),
    ("Macron's latest visit before the summit was to Berlin, aides said.", ("FRA", "DEU")),
])
def test_a_trip_was_to_a_country(sentence, expected):
    visits = {t for t in triples(extract(sentence)) if t[0] == "visit"}
    assert visits == {("visit", "unspecified", *expected, "asserted")}


@pytest.mark.parametrize("sentence", [
    "Sunak's trip last week was a success, aides said.",
    "Sunak's first trip abroad, which was long delayed, was to the Baltic.",
])
def test_a_trip_without_a_was_to_destination_names_none(sentence):
    assert not [e for e in extract(sentence) if e.event_type == "visit"]
