"""An act repeated by a new side, from short sentences written for these tests: "did the same",
"followed suit", "took the same step" give the side named before the phrase the latest act."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("text, expected", [
    ("Mexico cut diplomatic ties with Ecuador on Friday, and Bolivia did the same on Sunday.",
     {("relations", "break", "MEX", "ECU", "asserted"), ("relations", "break", "BOL", "ECU", "asserted")}),
    ("Mexico cut diplomatic ties with Ecuador on Friday. Bolivia followed suit on Sunday.",
     {("relations", "break", "MEX", "ECU", "asserted"), ("relations", "break", "BOL", "ECU", "asserted")}),
    ("Chile expelled two Russian diplomats in May, and Peru took the same step in June.",
     {("relations", "expel", "CHL", "RUS", "asserted"), ("relations", "expel", "PER", "RUS", "asserted")}),
    # The side the act was aimed at repeats it against the first side.
    ("Cairo expelled the Turkish ambassador, and Ankara did the same.",
     {("relations", "expel", "EGY", "TUR", "asserted"), ("relations", "expel", "TUR", "EGY", "asserted")}),
    ("Mexico cut diplomatic ties with Ecuador on Friday, and Bolivia will do the same next week.",
     {("relations", "break", "MEX", "ECU", "asserted"), ("relations", "break", "BOL", "ECU", "planned")}),
])
def test_the_side_that_did_the_same_repeats_the_act(text, expected):
    assert set(triples(extract(text))) == expected


def test_the_repeat_takes_the_date_after_its_phrase():
    events = extract("Chile expelled two Russian diplomats on May 3, 2022, and Peru took the same step "
                     "on June 9, 2022.")
    repeat = [e for e in events if e.actor_country == "PER"]
    assert len(repeat) == 1
    assert (repeat[0].event_type, repeat[0].event_mode, repeat[0].target_country) == ("relations", "expel", "RUS")
    assert repeat[0].date_start == date(2022, 6, 9) and repeat[0].date_precision == "day"
    assert repeat[0].place_country is None


@pytest.mark.parametrize("text", [
    "Caracas expelled the envoys of Peru and Chile and demanded that Lima do the same.",  # asked, not done
    "Chile expelled two Russian diplomats, and the move was praised in Lima, where officials did the same.",
    "Bolivia did the same.",  # nothing told before
])
def test_no_repeat_without_a_named_side_doing_a_told_act(text):
    assert not {t for t in triples(extract(text)) if t[2] in {"PER", "BOL"} and t[0] == "relations"}


@pytest.mark.parametrize("text", [
    "Kenya's foreign minister met Museveni in Kampala in mid-March 2023, and Rwanda's Vincent Biruta "
    "made the trip later that month.",
    "Kenya's foreign minister met Museveni in Kampala in mid-March 2023. Rwanda's Vincent Biruta made the "
    "same trip later that month.",
])
def test_a_side_that_made_the_trip_visits_where_the_act_before_took_place(text):
    events = extract(text)
    trips = [e for e in events if e.actor_country == "RWA"]
    assert [(e.event_type, e.event_mode, e.target_country, e.modality) for e in trips] == [
        ("visit", "unspecified", "UGA", "asserted")]
    assert trips[0].date_start == date(2023, 3, 1) and trips[0].date_precision == "month"


def test_a_repeat_counted_later_is_dated_from_the_act_it_repeats():
    events = extract("Chile expelled two Russian diplomats on May 3, 2022, and Peru did the same a week later.")
    repeat = [e for e in events if e.actor_country == "PER"]
    assert [(e.event_type, e.event_mode, e.target_country) for e in repeat] == [("relations", "expel", "RUS")]
    assert repeat[0].date_start == date(2022, 5, 9) and repeat[0].date_precision == "week"


@pytest.mark.parametrize("text, expected", [
    ("France expelled two Russian diplomats on Monday, and Germany and Italy followed suit.",
     {("relations", "expel", c, "RUS", "asserted") for c in ("FRA", "DEU", "ITA")}),
    ("France expelled two Russian diplomats on Monday. Germany, Spain and Italy did the same on Tuesday.",
     {("relations", "expel", c, "RUS", "asserted") for c in ("FRA", "DEU", "ESP", "ITA")}),
    ("Britain recalled its ambassador from Moscow on Monday, and Canada, France and Germany followed within hours.",
     {("relations", "recall", c, "RUS", "asserted") for c in ("GBR", "CAN", "FRA", "DEU")}),
    ("Britain recalled its ambassador from Moscow on Monday. Canada followed shortly afterwards.",
     {("relations", "recall", c, "RUS", "asserted") for c in ("GBR", "CAN")}),
])
def test_each_side_of_a_list_repeats_the_act(text, expected):
    assert set(triples(extract(text))) == expected


@pytest.mark.parametrize("text, same_day", [
    ("Britain recalled its ambassador from Moscow on Monday, and Canada followed within hours.", True),
    ("Britain recalled its ambassador from Moscow on Monday. Canada followed shortly afterwards.", True),
    ("Britain recalled its ambassador from Moscow on Monday. Canada followed suit.", False),  # when: not said
])
def test_a_repeat_within_hours_shares_the_acts_date(text, same_day):
    events = {e.actor_country: e for e in extract(text, date(2024, 3, 6))}
    assert events["GBR"].date_start == date(2024, 3, 4)
    assert (events["CAN"].date_start, events["CAN"].date_precision) == \
        ((date(2024, 3, 4), "day") if same_day else (None, "unknown"))


@pytest.mark.parametrize("text", [
    "Britain recalled its ambassador from Moscow. Canada followed the talks closely.",
    "Britain recalled its ambassador from Moscow. Talks followed within days.",
])
def test_followed_with_an_object_or_no_side_repeats_nothing(text):
    assert set(triples(extract(text))) == {("relations", "recall", "GBR", "RUS", "asserted")}


def test_a_side_across_a_clause_comma_is_no_member_of_the_list():
    assert set(triples(extract("Russia accused Ukraine and Moldova of sabotage, and Belarus followed suit."))) == {
        ("statement", "accusation", a, t, "asserted") for a in ("RUS", "BLR") for t in ("UKR", "MDA")}
