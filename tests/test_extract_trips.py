"""Where a trip went: its later legs and stops, and places as news copy names them (own wording)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("text", ["Ruto will fly to Hanoi on Monday and then to Jakarta.",
                                  "Ruto will fly to Hanoi for a summit and to Jakarta for talks."])
def test_a_later_leg_after_a_phrase_of_when_or_why_is_a_visit_too(text):
    assert {e.target_country for e in extract(text) if e.event_type == "visit"} == {"VNM", "IDN"}


def test_an_infinitive_after_and_to_is_no_leg():
    assert {e.target_country for e in extract("Ruto flew to Hanoi on Monday and to help Vietnam.")} == {"VNM"}


def test_a_trip_that_took_its_traveller_somewhere_is_a_visit_there():
    assert triples(extract("Ruto's tour of Asia has so far taken him to Laos and Cambodia.")) == {
        ("visit", "unspecified", "KEN", "LAO", "asserted"), ("visit", "unspecified", "KEN", "KHM", "asserted")}
    assert triples(extract("The talks took them to the brink of a deal.")) == set()


@pytest.mark.parametrize("text", [
    "Ruto's tour of Asia, which has so far taken him to Laos and Cambodia, ends on Friday.",  # the trip's owner
    "Ruto is on a tour of Asia that took him to Laos and Cambodia.",  # the sentence's first actor
    "Kenya's foreign minister is in Hanoi on her tour of Asia, which took her to Laos and Cambodia.",  # not "her"
])
def test_a_trip_told_in_a_relative_clause_takes_its_owner(text):
    assert {(e.actor_country, e.target_country) for e in extract(text)} >= {("KEN", "LAO"), ("KEN", "KHM")}


@pytest.mark.parametrize("city, country", [("New York", "USA"), ("Zurich", "CHE"), ("St. Petersburg", "RUS"),
                                           ("Odessa", "UKR"), ("Bangalore", "IND"), ("Macau", "CHN")])
def test_a_trip_to_a_city_spelled_as_news_copy_spells_it_is_to_its_country(city, country):
    (visit,) = extract(f"Ruto arrived in {city} on Friday.")
    assert (visit.target_country, visit.place_country) == (country, country)


def test_a_stop_on_the_way_is_a_visit():
    assert triples(extract("Ruto arrived in Manila after stopping in Seoul.")) == {
        ("visit", "unspecified", "KEN", "PHL", "asserted"), ("visit", "unspecified", "KEN", "KOR", "asserted")}


def test_a_capital_shared_with_a_politicians_surname_is_the_capital_until_the_politician_is_named():
    (visit,) = extract("Araghchi flew to Muscat on Friday.", date(2018, 4, 20))
    assert visit.target_country == "OMN"
    events = extract("Joseph Muscat met Angela Merkel in Berlin on Friday. Muscat later criticised Russia.",
                     date(2018, 4, 20))
    assert {(e.event_type, e.actor_country) for e in events if e.event_type == "statement"} == {("statement", "MLT")}
