"""Exact events out of short texts written for these tests: a verb's bare form after a modal
("will tour", "is to tour", "would phone", "will back") reads as that verb, though the lexicon
lists the bare word only as a noun or not at all."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("text, expected", [
    ("Italian Prime Minister Giorgia Meloni will tour Kenya and Ghana next month.",
     {("visit", "unspecified", "ITA", "KEN", "planned"), ("visit", "unspecified", "ITA", "GHA", "planned")}),
    ("The Indian foreign minister is to tour Nigeria in July.",
     {("visit", "unspecified", "IND", "NGA", "planned")}),
    ("Peru's president is expected to tour Chile after the election.",
     {("visit", "unspecified", "PER", "CHL", "planned")}),
    ("The Dutch king did not tour Suriname during the trip.",
     {("visit", "unspecified", "NLD", "SUR", "negated")}),
    ("Chancellor Olaf Scholz will phone Polish President Andrzej Duda on Friday.",
     {("meeting", "call", "DEU", "POL", "planned")}),
    ("Brazil will back Angola's bid for the council seat.",
     {("statement", "support", "BRA", "AGO", "planned")}),
])
def test_a_bare_verb_after_a_modal_is_the_verb(text, expected):
    assert triples(extract(text)) == expected


@pytest.mark.parametrize("text", [
    "Lebanon said it would not back down over the border dispute.",  # a particle: another verb
    "Ethiopian officials began a tour of the dam on Monday.",  # the noun: no country visited
])
def test_no_trip_or_backing_without_the_bare_verb(text):
    assert not [e for e in extract(text) if e.event_mode in ("unspecified", "support")]


def test_the_noun_stays_a_noun_before_its_owner():
    text = "During the tour Kenyan President William Ruto praised Japan for its help."
    assert triples(extract(text)) == {("statement", "praise", "KEN", "JPN", "asserted")}


def test_people_who_gather_to_protest_make_no_statement_but_a_state_that_will_protest_does():
    assert not extract("Hundreds of ethnic Albanians marched in Skopje on Monday to protest against Serbia's plan.")
    assert triples(extract("Serbia will protest against the plan to Albania.")) == {
        ("statement", "criticism", "SRB", "ALB", "planned")}
