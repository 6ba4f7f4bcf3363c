"""Events that should not exist, or exist twice, out of short sentences written for these tests:
one trip told by a verb and a noun, and what is no event at all."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract


def _visits(text: str) -> list[tuple]:
    return [(e.event_mode, e.actor_country, e.target_country, e.modality, e.date_start)
            for e in extract(text) if e.event_type == "visit"]


@pytest.mark.parametrize("text, expected", [
    # "on a state visit" names the kind of the trip the verb tells: one visit, as sure as the trip
    ("Kenyan President William Ruto will leave for Tokyo on Monday on a state visit to Japan.",
     [("state", "KEN", "JPN", "planned", date(2024, 6, 24))]),
    ("Indian Prime Minister Narendra Modi will depart for Doha later today on an official visit to Qatar.",
     [("official", "IND", "QAT", "planned", date(2024, 6, 19))]),
    ("Ruto is due to fly to Tokyo on Sunday on a three-day visit.",
     [("unspecified", "KEN", "JPN", "planned", date(2024, 6, 23))]),
    # a trip made is still made
    ("Kenyan President William Ruto arrived in Tokyo on Monday on a state visit to Japan.",
     [("state", "KEN", "JPN", "asserted", date(2024, 6, 17))]),
])
def test_a_trip_and_the_visit_it_is_made_on_are_one_visit(text, expected):
    assert _visits(text) == expected


@pytest.mark.parametrize("text", [
    "The Somali government did not say whether the break would affect Kenyan soldiers.",
    "The Somali government hasn't said whether the break would affect Kenyan soldiers.",
    "The Somali government declined to say how many diplomats would leave.",
])
def test_a_question_left_open_is_no_statement(text):
    events = extract("Somalia broke off diplomatic relations with Kenya on Tuesday. " + text)
    assert {(e.event_type, e.actor_country, e.target_country) for e in events} == {("relations", "SOM", "KEN")}


def test_what_was_said_is_still_a_statement():
    events = extract("Somalia broke off diplomatic relations with Kenya on Tuesday. "
                     "The Somali government said the break would not affect Kenyan soldiers.")
    assert ("statement", "SOM", "KEN") in {(e.event_type, e.actor_country, e.target_country) for e in events}


def test_a_deed_and_a_plan_of_the_same_day_are_one_visit_and_one_meeting():
    events = extract("President Biden today welcomed President Yoon Suk Yeol of South Korea to the White House "
                     "for a State Visit. President Biden will host President Yoon for a State Dinner this evening.")
    assert sorted((e.event_type, e.actor_country, e.target_country, e.modality) for e in events) == [
        ("meeting", "USA", "KOR", "asserted"), ("visit", "KOR", "USA", "asserted")]


def test_a_plan_for_another_day_stays_its_own_event():
    events = extract("U.S. Secretary of State Antony Blinken held talks with Chinese Foreign Minister Wang Yi "
                     "in Beijing on Wednesday. Blinken will meet Wang again on Thursday.")
    assert sorted((e.event_type, e.modality, str(e.date_start)) for e in events if e.event_type == "meeting") == [
        ("meeting", "asserted", "2024-06-19"), ("meeting", "planned", "2024-06-20")]


@pytest.mark.parametrize("text, expected", [
    # a flight verb with an object of its own and no destination is a military flight
    ("SEOUL, July 23 - Moscow and Beijing fly first joint bomber patrol", set()),
    ("SEOUL, July 23 - Russian and Chinese jets flew 20 sorties near the islets on Tuesday.", set()),
    # a flight somewhere is still a trip
    ("SEOUL, July 23 - Putin flew into Seoul on Tuesday.", {("RUS", "KOR")}),
    ("Putin will fly to Seoul on Tuesday.", {("RUS", "KOR")}),
])
def test_a_flight_with_an_object_is_no_trip(text, expected):
    assert {(e.actor_country, e.target_country) for e in extract(text) if e.event_type == "visit"} == expected


def test_forces_moved_for_drills_are_part_of_the_drills():
    events = extract("Russia and Belarus began a week of joint military exercises on Friday, deploying troops, "
                     "aircraft and armour to training grounds in Belarus. Poland and Lithuania voiced concern "
                     "over the scale of the manoeuvres.")
    assert {(e.event_type, e.event_mode, e.actor_country, e.target_country) for e in events} == {
        ("military", "exercise", "RUS", "BLR"),
        ("statement", "concern", "POL", "RUS"), ("statement", "concern", "LTU", "RUS")}


def test_a_deployment_of_its_own_stays():
    events = extract("Russia began military exercises on Friday and deployed troops to Belarus.")
    assert ("military", "deployment", "RUS", "BLR") in {
        (e.event_type, e.event_mode, e.actor_country, e.target_country) for e in events}


@pytest.mark.parametrize("text, expected", [
    # a member told by its rank is one member country, not the group, and no joining
    (("Canadian Prime Minister Justin Trudeau, the first G7 leader to meet Trump since the election, "
      "made the trip without notice."), set()),
    ("Slovakia became the second NATO member to send fighter jets to Ukraine.", set()),
    # the group itself, and a member joining, stay
    ("Slovakia became a NATO member in 2004.", {("agreement", "SVK", "NTO")}),
    ("North Macedonia today became the 30th member of NATO.", {("agreement", "MKD", "NTO")}),
    ("NATO sent jets to Poland.", {("military", "NTO", "POL")}),
])
def test_a_member_told_by_its_rank_is_not_the_group(text, expected):
    assert {(e.event_type, e.actor_country, e.target_country) for e in extract(text)} == expected


def test_hosting_the_talks_told_before_is_no_mediation():
    events = extract("Kosovo and Serbia reached agreement in Ohrid on Saturday after talks mediated by the "
                     "European Union. North Macedonia's Prime Minister Dimitar Kovacevski hosted the talks and "
                     "said the region needed good news.")
    assert not [e for e in events if e.event_type == "meeting" and e.actor_country == "MKD"]


def test_hosting_rounds_of_talks_between_the_rivals_is_still_mediation():
    events = extract("Ethiopia recalled its ambassador from Somalia in January. "
                     "Turkish Foreign Minister Hakan Fidan hosted two rounds of indirect talks in July and August.")
    assert {(e.event_mode, e.actor_country, e.target_country) for e in events if e.event_type == "meeting"} == {
        ("mediation", "TUR", "ETH"), ("mediation", "TUR", "SOM")}


@pytest.mark.parametrize("text, expected", [
    # "visiting" before a person tells that person's visit
    (("PRETORIA, Jan. 23 - South Africa's foreign minister Naledi Pandor on Monday told a news conference "
      "alongside visiting Russian Foreign Minister Sergei Lavrov that all countries held drills."), {("RUS", "ZAF")}),
    # "visiting" a place is still the subject's trip
    ("Defense Secretary Mark Esper, visiting Seoul last week, said the pact mattered.", {("USA", "KOR")}),
])
def test_a_visiting_guest_is_the_visitor(text, expected):
    assert {(e.actor_country, e.target_country) for e in extract(text) if e.event_type == "visit"} == expected


@pytest.mark.parametrize("text, expected", [
    # naming someone to a post is an appointment, no sanction
    ("Colombia designated Armando Benedetti as ambassador to Venezuela on Monday.", set()),
    ("The Government of Colombia has designated Mr Armando Benedetti as its representative in Caracas.", set()),
    # a designation of the sanctioned still is one
    ("The U.S. Treasury designated three Venezuelan officials on Monday.", {("USA", "VEN")}),
])
def test_designated_as_an_envoy_is_no_sanction(text, expected):
    assert {(e.actor_country, e.target_country) for e in extract(text) if e.event_type == "sanction"} == expected


@pytest.mark.parametrize("text, expected", [
    # ending a bad state of relations mends them
    ("The deal ended a decade of strained ties between Turkey and Egypt.", set()),
    ("Japan and South Korea agreed on Monday to end years of frosty relations.", set()),
    # ending relations is a break
    ("Somalia ended diplomatic relations with Kenya.", {("SOM", "KEN")}),
])
def test_ending_soured_relations_is_no_break(text, expected):
    assert {(e.actor_country, e.target_country) for e in extract(text)
            if (e.event_type, e.event_mode) == ("relations", "break")} == expected


@pytest.mark.parametrize("text, expected", [
    # an act taken back moves no envoy
    ("Serbia withdraws tit-for-tat expulsion of Montenegrin envoy", set()),
    ("Serbia on Sunday withdrew its decision to expel Montenegro's ambassador.", set()),
    # an envoy withdrawn is recalled
    ("Serbia withdrew its ambassador from Montenegro.", {("SRB", "MNE")}),
])
def test_withdrawing_an_act_against_an_envoy_is_no_recall(text, expected):
    assert {(e.actor_country, e.target_country) for e in extract(text)
            if (e.event_type, e.event_mode) == ("relations", "recall")} == expected
