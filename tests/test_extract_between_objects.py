"""Exact events out of short texts written for these tests: a saying about a tie between two
others ("welcomed the truce between A and B") is aimed at each side, one statement per side."""

from __future__ import annotations

import pytest

from tests.conftest import extract, statements


@pytest.mark.parametrize("text, expected", [
    ("Norway welcomed the truce between Ethiopia and Eritrea on Monday.",
     {("praise", "NOR", "ETH", "positive"), ("praise", "NOR", "ERI", "positive")}),
    ("Canada voiced concern over the military pact between Russia and North Korea.",
     {("concern", "CAN", "RUS", "negative"), ("concern", "CAN", "PRK", "negative")}),
    ("Spain hailed the growing cooperation between Morocco and Mauritania.",
     {("praise", "ESP", "MAR", "positive"), ("praise", "ESP", "MRT", "positive")}),
    ("Brazil expressed concern about the tensions between Venezuela and Guyana.",
     {("concern", "BRA", "VEN", "negative"), ("concern", "BRA", "GUY", "negative")}),
    # the speaker's own country is no target of its own saying
    ("Egypt praised the partnership between Egypt and Kenya.", {("praise", "EGY", "KEN", "positive")}),
])
def test_a_saying_about_a_tie_between_two_others_is_aimed_at_each(text, expected):
    assert statements(extract(text)) == expected


@pytest.mark.parametrize("text", [
    # another clause stands between the saying and the tie
    "Norway welcomed the decision, which came a year after the war between Kenya and Somalia.",
    # the pair is the saying's own scene, not its object
    "Norway criticised the vote while talks between Kenya and Somalia went on.",
])
def test_no_sides_past_a_clause(text):
    assert not {s for s in statements(extract(text)) if s[2] in ("KEN", "SOM")}
