"""A trip's destination named after a copula or chosen for the trip (own wording)."""

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


@pytest.mark.parametrize("sentence, expected", [
    ("Lula chose Argentina for his first trip abroad.", ("BRA", "ARG")),
    ("Muizzu made Turkey, not India, the destination of his first trip abroad as president.", ("MDV", "TUR")),
    ("Anthony Albanese picked Indonesia for his first trip as prime minister.", ("AUS", "IDN")),
])
def test_a_country_chosen_for_a_first_trip_is_visited(sentence, expected):
    visits = {t for t in triples(extract(sentence)) if t[0] == "visit"}
    assert visits == {("visit", "unspecified", *expected, "asserted")}


def test_a_country_made_the_destination_of_something_else_is_not_visited():
    assert not [e for e in extract("Macron made France the destination of foreign investment.") if e.event_type == "visit"]
