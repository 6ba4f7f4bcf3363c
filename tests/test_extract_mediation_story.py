"""Exact events out of short sentences written for these tests: a mediator told with no sides
when no meeting, deal or visit between two countries was told yet (the pair the story's events
are between), and facilitation as mediation."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


def _mediations(text: str) -> set[tuple]:
    return {t for t in triples(extract(text)) if t[1] == "mediation"}


@pytest.mark.parametrize("text, expected", [
    # Remarks only so far: the pair they are between is whom the go-between stands between.
    ("Chile accused Peru of spying. Peru rejected the claim. Brazil acted as go-between.",
     {("meeting", "mediation", "BRA", "CHL", "asserted"), ("meeting", "mediation", "BRA", "PER", "asserted")}),
    ("Chile accused Peru of spying. Peru rejected the claim. The two restored ties in May after mediation by Brazil.",
     {("meeting", "mediation", "BRA", "CHL", "asserted"), ("meeting", "mediation", "BRA", "PER", "asserted")}),
    # No pair leads (one event each), or a single event: no sides to stand between.
    ("Chile accused Peru of spying. Bolivia criticised Argentina. Brazil acted as go-between.", set()),
    ("Chile accused Peru of spying. Brazil acted as go-between.", set()),
])
def test_mediator_without_sides_stands_between_the_story_pair(text, expected):
    assert _mediations(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Facilitating talks, a deal or an exchange is mediating them, active or passive.
    ("Norway facilitated talks between Colombia and Venezuela.",
     {("meeting", "mediation", "NOR", "COL", "asserted"), ("meeting", "mediation", "NOR", "VEN", "asserted")}),
    ("The talks between Egypt and Sudan were facilitated by Turkey.",
     {("meeting", "mediation", "TUR", "EGY", "asserted"), ("meeting", "mediation", "TUR", "SDN", "asserted")}),
    # With no sides named: between the latest pair.
    ("Chile and Peru agreed to swap prisoners on Monday. Officials said the Vatican had facilitated the arrangement.",
     {("meeting", "mediation", "VAT", "CHL", "asserted"), ("meeting", "mediation", "VAT", "PER", "asserted")}),
    # Mediating a dialogue named with no sides, after remarks only: between the story's pair.
    ("Chile accused Peru of spying. Peru rejected the claim. Brazil has been mediating a dialogue since 2011.",
     {("meeting", "mediation", "BRA", "CHL", "asserted"), ("meeting", "mediation", "BRA", "PER", "asserted")}),
    # Facilitating trade or visas is no mediation.
    ("The new rules facilitated trade between Egypt and Sudan.", set()),
    ("Chile and Peru agreed to reopen the border. The deal will facilitate visas for students.", set()),
])
def test_facilitating_dealings_is_mediation(text, expected):
    assert _mediations(text) == expected
