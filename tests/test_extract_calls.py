"""Calls told in the words of state agencies and wire copy (short sentences written for these
tests): "talked over phone with", several "telephone conversations" in the plural; the other
side told as "both X and Y", "in phone contact with", "a phone talk with his X colleague"."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("sentence, expected", [
    ("Kenyan President William Ruto on Monday talked over phone with Ugandan President Yoweri Museveni on trade.",
     {("meeting", "call", "KEN", "UGA", "asserted")}),
    ("Ghana's president talked over the phone with the Nigerian president about the border.",
     {("meeting", "call", "GHA", "NGA", "asserted")}),
    (("Kenyan President William Ruto has had two telephone conversations with Ugandan President Yoweri Museveni "
      "since May."), {("meeting", "call", "KEN", "UGA", "asserted")}),
    ("Last year Chilean President Gabriel Boric had several phone conversations with Peruvian leaders.",
     {("meeting", "call", "CHL", "PER", "asserted")}),
])
def test_calls_told_in_agency_words(sentence, expected):
    assert {t for t in triples(extract(sentence)) if t[0] == "meeting"} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The Kenyan president spoke to both the Ugandan president and the Tanzanian president on Monday.",
     {("meeting", "call", "KEN", "UGA", "asserted"), ("meeting", "call", "KEN", "TZA", "asserted")}),
    ("Chile's foreign minister was in telephone contact with his Peruvian counterpart throughout the week.",
     {("meeting", "call", "CHL", "PER", "asserted")}),
    ("The Brazilian president was in phone contact with the Argentine president on Monday.",
     {("meeting", "call", "BRA", "ARG", "asserted")}),
    ("The Brazilian president held phone talks with the Argentine president on Monday.",
     {("meeting", "call", "BRA", "ARG", "asserted")}),
    ("The Greek foreign minister held a phone talk with his Cypriot colleague on Friday.",
     {("meeting", "call", "GRC", "CYP", "asserted")}),
    ("The Greek foreign minister met his Cypriot colleague in Athens on Friday.",
     {("meeting", "talks", "GRC", "CYP", "asserted")}),
    # a colleague of no other country is no side of a meeting
    ("The Greek prime minister met his cabinet colleague on Friday.", set()),
])
def test_call_sides_told_in_other_shapes(sentence, expected):
    assert {t for t in triples(extract(sentence)) if t[0] == "meeting"} == expected


@pytest.mark.parametrize(("sentence", "codes"), [
    # CAMEO codes a visit or talks still to come as an intent to meet, mediation as an intent
    # to mediate; once held they are a visit (042) and consultations (040).
    ("The Dutch prime minister will visit Chile next month.", {("visit", "NLD", "planned", "036")}),
    ("The Dutch prime minister visited Chile on Monday.", {("visit", "NLD", "asserted", "042")}),
    ("Qatar will mediate talks between Sudan and Chad next week.",
     {("meeting", "QAT", "planned", "039"), ("meeting", "SDN", "planned", "036")}),
    # the trip a planned meeting abroad implies is planned too; the earlier visit "the first
    # since 2014" presupposes was made
    ("Putin will meet Kim Jong Un in Pyongyang next week.",
     {("meeting", "RUS", "planned", "036"), ("visit", "RUS", "planned", "036")}),
    ("Narendra Modi will pay the first visit to Kyiv by an Indian leader since 2014 next week.",
     {("visit", "IND", "planned", "036"), ("visit", "IND", "asserted", "042")}),
])
def test_plans_to_meet_carry_cameos_intent_codes(sentence, codes):
    assert {(e.event_type, e.actor_country, e.modality, e.cameo_code) for e in extract(sentence)
            if e.event_type in ("visit", "meeting")} == codes
