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
