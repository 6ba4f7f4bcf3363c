"""Exact events out of short sentences written for these tests: mediation (talks hosted for
others, brokers and go-betweens, shuttling between capitals, mediation told without its sides)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("sentence, expected", [
    # A host of talks between two others mediates between them, and the talks are held at home.
    ("Norway hosted talks between Colombia and Venezuela on Monday.",
     {("meeting", "mediation", "NOR", "COL", "asserted"), ("meeting", "mediation", "NOR", "VEN", "asserted")}),
    # Talks hosted with a guest are the host's own talks.
    ("Qatar hosted talks with Iran on Monday.", {("meeting", "talks", "QAT", "IRN", "asserted")}),
    # "between the rivals": the two sides of the latest two-country event; co-hosts are no pair.
    (("Chile and Peru agreed to reopen the border. Brazil and Argentina had hosted rounds of talks between "
      "the rivals in 2021."),
     {("meeting", "mediation", "BRA", "CHL", "asserted"), ("meeting", "mediation", "BRA", "PER", "asserted"),
      ("meeting", "mediation", "ARG", "CHL", "asserted"), ("meeting", "mediation", "ARG", "PER", "asserted")}),
    # Talks hosted with no side named are between the latest pair, unless the host is one of it.
    ("Chile recalled its ambassador from Peru. Brazil hosted three rounds of quiet talks in May.",
     {("meeting", "mediation", "BRA", "CHL", "asserted"), ("meeting", "mediation", "BRA", "PER", "asserted")}),
    ("Chile recalled its ambassador from Peru. Chile hosted talks in May.", set()),
])
def test_talks_hosted_between_others_are_mediation(sentence, expected):
    assert {t for t in triples(extract(sentence)) if t[0] == "meeting"} == expected


@pytest.mark.parametrize("sentences, expected", [
    # A deal brokered between nobody named was between the sides of the latest pair; a group
    # named after "with" brokered it too.
    (("Armenia and Azerbaijan signed a peace deal in Abu Dhabi on Friday.",
      "Kazakhstan, which brokered the deal with the European Union, said it would help."),
     {("meeting", "mediation", "KAZ", "ARM", "asserted"), ("meeting", "mediation", "KAZ", "AZE", "asserted"),
      ("meeting", "mediation", "EUU", "ARM", "asserted"), ("meeting", "mediation", "EUU", "AZE", "asserted")}),
    (("Israel and Lebanon agreed to a truce on Monday.", "Qatar mediated the truce."),
     {("meeting", "mediation", "QAT", "ISR", "asserted"), ("meeting", "mediation", "QAT", "LBN", "asserted")}),
    # Talks mediated by someone, with no sides named, are between the latest pair too.
    (("Kenya and Somalia held talks in Nairobi on Monday.", "The talks, brokered by Egypt, ran late."),
     {("meeting", "mediation", "EGY", "KEN", "asserted"), ("meeting", "mediation", "EGY", "SOM", "asserted")}),
    (("Kenya and Somalia held talks in Nairobi on Monday.", "The talks were mediated by Egypt."),
     {("meeting", "mediation", "EGY", "KEN", "asserted"), ("meeting", "mediation", "EGY", "SOM", "asserted")}),
    # An appositive ("Norway, a NATO member, ...") is not the subject.
    (("Norway, a NATO member, hosted talks between Colombia and Venezuela on Monday.",),
     {("meeting", "mediation", "NOR", "COL", "asserted"), ("meeting", "mediation", "NOR", "VEN", "asserted")}),
])
def test_mediation_told_loosely(sentences, expected):
    assert {t for t in triples(extract(" ".join(sentences))) if t[1] == "mediation"} == expected


def test_shuttling_between_two_capitals_is_mediation():
    assert triples(extract("Oman's foreign minister shuttled between Tehran and Washington last month.")) == {
        ("meeting", "mediation", "OMN", "IRN", "asserted"), ("meeting", "mediation", "OMN", "USA", "asserted")}


def test_talks_hosted_by_a_third_side_after_the_sides_met_are_its_mediation():
    events = extract("Serbian and Kosovar leaders met on Friday, in talks hosted by the European Union.")
    assert {t for t in triples(events) if t[0] == "meeting"} == {
        ("meeting", "talks", "SRB", "XKX", "asserted"),
        ("meeting", "mediation", "EUU", "SRB", "asserted"), ("meeting", "mediation", "EUU", "XKX", "asserted")}


def test_they_after_mediated_talks_are_the_sides_not_the_host():
    events = extract("Armenian and Azerbaijani leaders met in Brussels in talks hosted by the European Union. "
                     "They agreed to meet again next month.")
    planned = {(e.actor_country, e.target_country) for e in events if e.modality == "planned" and e.event_type == "meeting"}
    assert planned == {("ARM", "AZE")}


def test_mediation_told_without_sides_is_between_the_latest_pair():
    # "X had mediated since ...": mediation with no one named is between the latest two sides.
    events = extract("Chile and Peru held talks in May. Brazil had mediated since the dispute began.")
    assert {t for t in triples(events) if t[1] == "mediation"} == {
        ("meeting", "mediation", "BRA", "CHL", "asserted"), ("meeting", "mediation", "BRA", "PER", "asserted")}
    # Told of no earlier pair, nothing is made.
    assert not [e for e in extract("Brazil had mediated since the dispute began.") if e.event_mode == "mediation"]


def test_a_mediator_named_by_a_noun_without_sides():
    # "acted as the main go-between", "through Brazilian mediators": between the latest pair.
    events = extract("Chile and Peru held talks in May. Brazil acted as the main go-between for months.")
    assert {t for t in triples(events) if t[1] == "mediation"} == {
        ("meeting", "mediation", "BRA", "CHL", "asserted"), ("meeting", "mediation", "BRA", "PER", "asserted")}
    # "turned to mediation" names no mediator.
    events = extract("Chile and Peru held talks in May. Brazil then turned to mediation.")
    assert not [e for e in events if e.event_mode == "mediation"]


def test_one_mediator_between_the_same_sides_is_one_mediation_in_an_article():
    events = extract("Egypt and Ethiopia signed a pact on Monday. In June the two sides, through Sudanese mediators, "
                     "exchanged proposals. Sudan had mediated since the first days of the dispute, under its late "
                     "leader, who died in September.")
    assert sorted((e.actor_country, e.target_country) for e in events if e.event_mode == "mediation") == [
        ("SDN", "EGY"), ("SDN", "ETH")]


@pytest.mark.parametrize("sentence, expected", [
    # The name before "-brokered" mediates between the clause's subjects.
    ("Sudan and Chad restored diplomatic ties in 2019 under EU-brokered accords.",
     {("relations", "restore", "SDN", "TCD", "asserted"), ("meeting", "mediation", "EUU", "SDN", "asserted"),
      ("meeting", "mediation", "EUU", "TCD", "asserted")}),
    ("Kenya and Somalia held U.S.-brokered talks in Nairobi.",
     {("meeting", "talks", "KEN", "SOM", "asserted"), ("meeting", "mediation", "USA", "KEN", "asserted"),
      ("meeting", "mediation", "USA", "SOM", "asserted")}),
])
def test_a_hyphened_broker_mediates_between_the_subjects(sentence, expected):
    assert set(triples(extract(sentence))) == expected


def test_a_truce_brokered_by_forces_in_the_field_implies_no_trip():
    # peacekeepers and the forces they separate are already where the truce is: no visit by either
    events = extract("KHARTOUM, May 2 — Sudanese rebels agreed on Tuesday to a truce brokered by Egyptian troops.",
                     date(2024, 5, 2))
    assert {t for t in triples(events) if t[0] == "visit"} == set()


def _mediations(text: str) -> set[tuple]:
    return {(e.actor_country, e.target_country, e.place_country)
            for e in extract(text) if e.event_type == "meeting" and e.event_mode == "mediation"}


def test_a_deal_brokered_by_a_country_named_with_the_is_its_mediation_between_the_latest_pair():
    text = ("Armenia and Azerbaijan signed a truce on Monday. Two earlier truces, one agreed in Moscow in "
            "October and another brokered by the United States later that month, collapsed within hours.")
    # the place of the other truce is not this one's, and nobody travelled for it
    assert _mediations(text) == {("USA", "ARM", None), ("USA", "AZE", None)}
    assert not any(e.event_type == "visit" for e in extract(text))


def test_an_exchange_brokered_by_a_country_is_its_mediation():
    text = ("The United States and Venezuela resumed talks in June. In December the two governments carried "
            "out a prisoner exchange brokered by Qatar.")
    assert _mediations(text) == {("QAT", "USA", None), ("QAT", "VEN", None)}



@pytest.mark.parametrize("sentence, expected", [
    # "after mediation by", "under the mediation of", "under Qatari mediation": the mediator stands
    # between the sides of the clause the mediation is a circumstance of.
    ("Chile and Peru restored relations in March after mediation by Brazil.",
     {("BRA", "CHL", None), ("BRA", "PER", None)}),
    ("Chile and Peru signed a border accord under the mediation of Brazil.",
     {("BRA", "CHL", None), ("BRA", "PER", None)}),
    ("The presidents of Chile and Peru met in Lima under the mediation of Brazil's president.",
     {("BRA", "CHL", "PER"), ("BRA", "PER", "PER")}),
    ("Chile and Peru held talks in Geneva under Brazilian mediation.",
     {("BRA", "CHL", "CHE"), ("BRA", "PER", "CHE")}),
    # No clause with two sides: the mediation stands between nobody named here.
    ("Brazil's mediation failed.", set()),
    ("Chile accepted the mediation of Brazil.", set()),
])
def test_a_mediation_told_as_a_circumstance_stands_between_the_clause_sides(sentence, expected):
    assert _mediations(sentence) == expected


@pytest.mark.parametrize("text, expected", [
    # A mediation noun with its mediator after "by" or "led by", told of no sides: the latest pair.
    ("Chile and Peru signed a border accord in May. The mediation by Brazil went on for months.",
     {("BRA", "CHL", None), ("BRA", "PER", None)}),
    ("Chile and Peru held talks in May. The mediation efforts led by Brazil and Argentina stalled in June.",
     {("BRA", "CHL", None), ("BRA", "PER", None), ("ARG", "CHL", None), ("ARG", "PER", None)}),
    # Without a "by" the mediation names no mediator to place between them.
    ("Chile and Peru held talks in May. The mediation efforts stalled in June.", set()),
])
def test_a_mediation_led_by_someone_stands_between_the_latest_pair(text, expected):
    assert _mediations(text) == expected


def test_the_two_camps_are_the_latest_pair():
    text = "Chile and Peru held talks in May. Brazil has mediated between the two camps since 2021."
    assert _mediations(text) == {("BRA", "CHL", None), ("BRA", "PER", None)}


@pytest.mark.parametrize("sentence, expected", [
    # The one the talks are held under the auspices of mediates between their two sides.
    ("The Ghanaian and Togolese ministers met in Geneva under the auspices of their Swiss counterpart.",
     {("meeting", "talks", "GHA", "TGO", "asserted"), ("meeting", "mediation", "CHE", "GHA", "asserted"),
      ("meeting", "mediation", "CHE", "TGO", "asserted")}),
    ("Sudan and Chad held talks in Cairo under the auspices of the United Nations.",
     {("meeting", "talks", "SDN", "TCD", "asserted"), ("meeting", "mediation", "UNO", "SDN", "asserted"),
      ("meeting", "mediation", "UNO", "TCD", "asserted")}),
    # Nothing held between two sides: no mediation.
    ("The summit was held under the auspices of the African Union.", set()),
    ("The festival was held under the auspices of the French embassy.", set()),
])
def test_talks_under_the_auspices_of_a_third_side_are_its_mediation(sentence, expected):
    assert {t for t in triples(extract(sentence)) if t[0] == "meeting"} == expected
