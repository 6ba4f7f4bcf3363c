"""The actors of a "with" phrase of its own do what its participle says, not the main clause's
subject; short sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, statements, triples


@pytest.mark.parametrize("text, expected", [
    ("Talks broke down, with Egypt rejecting Ethiopia's proposal.", {("rejection", "EGY", "ETH", "negative")}),
    ("Brazil left the summit, with Argentina and Uruguay backing Paraguay.",
     {("support", "ARG", "PRY", "positive"), ("support", "URY", "PRY", "positive")}),
    ("The EU is divided, with Greece and Cyprus also criticising Kosovo's move.",
     {("criticism", "GRC", "XKX", "negative"), ("criticism", "CYP", "XKX", "negative")}),
    ("The council stayed split, with Hungary, Poland and Slovakia also opposing Ukraine's request.",
     {("rejection", "HUN", "UKR", "negative"), ("rejection", "POL", "UKR", "negative"),
      ("rejection", "SVK", "UKR", "negative")}),
    ("With Kenya and Uganda condemning Sudan's move, the bloc met in Nairobi.",
     {("criticism", "KEN", "SDN", "negative"), ("criticism", "UGA", "SDN", "negative")}),
])
def test_with_phrase_actors_speak(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


def test_with_after_a_verb_is_its_partner():
    # "met with Chile" is no phrase of its own: the main subject still criticises.
    assert triples(extract("Peru met with Chile, criticising Bolivia.", date(2024, 3, 4))) == {
        ("meeting", "talks", "PER", "CHL", "asserted"), ("statement", "criticism", "PER", "BOL", "asserted")}
