"""Exact events out of short sentences written for these tests: meetings read from joint subjects
("officials from A and B met", "the A and B foreign ministers met") and from who attended a
gathering and who hosted it."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def _sides(text: str) -> set[tuple]:
    """(type, mode, actor country, target country, place country) of each event."""
    return {(e.event_type, e.event_mode, e.actor_country, e.target_country, e.place_country) for e in extract(text)}


@pytest.mark.parametrize("sentence, expected", [
    # People "from" two countries are the two sides, as people "of" them are.
    ("Officials from Peru and Chile met in Lima on Friday.",
     {("meeting", "talks", "PER", "CHL", "PER")}),
    ("Negotiators from Kenya and Uganda held talks in Nairobi.",
     {("meeting", "talks", "KEN", "UGA", "KEN")}),
    ("Ruto met Museveni in Kampala in March. Military commanders from the two countries met on Friday.",
     {("meeting", "talks", "KEN", "UGA", "UGA"), ("meeting", "talks", "KEN", "UGA", None)}),
    # One place a group came from is no side: "recalled its diplomats from Lima and expelled ...".
    ("Chile recalled its diplomats from Lima and expelled two Peruvian envoys.",
     {("relations", "recall", "CHL", "PER", "PER"), ("relations", "expel", "CHL", "PER", "CHL")}),
])
def test_people_from_two_countries_are_the_sides_of_the_meeting(sentence, expected):
    assert _sides(sentence) == expected


@pytest.mark.parametrize("sentence, names", [
    # A plural title after a list of countries' words: each country's holder of the office.
    ("The Australian and New Zealand defence ministers met in Manila on Monday.",
     {"Australia's defence minister", "New Zealand's defence minister"}),
    ("The Indian and Chinese foreign ministers met in Moscow on 10 September 2020.",
     {"S. Jaishankar", "Wang Yi"}),
    # Titles held by many stay plural, each country's.
    ("Kenyan and Ugandan officials met in Nairobi.", {"Kenya's officials", "Uganda's officials"}),
])
def test_a_title_after_a_list_of_countries_is_each_ones(sentence, names):
    meetings = [e for e in extract(sentence) if e.event_type == "meeting"]
    assert len(meetings) == 1 and {meetings[0].actor, meetings[0].target} == names


def test_each_holder_named_by_a_shared_title_travels():
    assert _sides("The Indian and Chinese foreign ministers met in Moscow.") == {
        ("meeting", "talks", "IND", "CHN", "RUS"), ("visit", "unspecified", "IND", "RUS", "RUS"),
        ("visit", "unspecified", "CHN", "RUS", "RUS")}


def test_three_countries_words_share_one_title():
    assert _sides("The French, German and Italian leaders met in Kyiv.") == {
        ("meeting", "talks", "FRA", "DEU", "UKR"), ("meeting", "talks", "FRA", "ITA", "UKR"),
        ("visit", "unspecified", "FRA", "UKR", "UKR"), ("visit", "unspecified", "DEU", "UKR", "UKR"),
        ("visit", "unspecified", "ITA", "UKR", "UKR")}


def test_forces_after_a_list_of_countries_words_stay_the_countries():
    events = extract("South Korean and U.S. fighter jets held drills over the Yellow Sea.")
    assert {(e.actor, e.actor_country) for e in events if e.event_type == "military"} >= {("South Korea", "KOR")}
