"""Forces sent across a border, told as an incursion, an offensive or a raid into a country, or as
an annexation, are a deployment by the invader into that country; commandos are forces."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("sentence", "expected"), [
    # the invader as a demonym before the noun
    ("A Peruvian incursion into Bolivia angered La Paz last year.",
     {("military", "deployment", "PER", "BOL", "asserted")}),
    # the invader as the subject of "launched"
    ("Kenya launched a ground offensive inside Somalia in October.",
     {("military", "deployment", "KEN", "SOM", "asserted")}),
    # the invader as the forces the clause opens with
    ("Chilean commandos freed two hostages during a raid into Peru.",
     {("military", "deployment", "CHL", "PER", "asserted")}),
    # a demonym before "territory" is the country entered
    ("Sudan's raid inside Chadian territory drew protests.",
     {("military", "deployment", "SDN", "TCD", "asserted")}),
    # a region of a country stands for it
    ("Armenia says Baku annexed Crimea in 2014.",
     {("military", "deployment", "AZE", "UKR", "asserted")}),
])
def test_an_incursion_into_a_country_is_a_deployment(sentence, expected):
    events = [e for e in extract(sentence) if e.event_type == "military"]
    assert triples(events) == expected
    assert events[0].place_country == list(expected)[0][3]


@pytest.mark.parametrize("sentence", [
    "The army's offensive in the north killed dozens.",  # no border crossed: "in", no country
    "Seoul protested against the incursions.",  # no country entered
    "Police said the raid inside the compound lasted an hour.",  # no invader, no country
    "Morocco has annexed the region.",  # no country named
    "Peruvian troops repelled a Peruvian raid into Peru.",  # one's own country
])
def test_no_country_entered_is_no_incursion(sentence):
    assert not [e for e in extract(sentence) if e.event_type == "military"]


def test_commandos_sent_abroad_are_forces_deployed():
    events = extract("Chile sent commandos to Peru on Monday.")
    assert triples(events) == {("military", "deployment", "CHL", "PER", "asserted")}
