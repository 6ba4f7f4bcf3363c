"""A country's own councils and offices as doers and speakers, from short sentences written for
these tests: "the Chilean presidential office", "Peru's national security committee", "the
Ecuadorian MFA", "the Bolivian Department of Foreign Affairs" stand for their country, and the
bare body after it was named is the same country's."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("text, expected", [
    ("The Chilean presidential office condemned Argentina on Monday.",
     {("statement", "criticism", "CHL", "ARG", "asserted")}),
    ("The Peruvian national security committee decided on Monday to suspend trade with Bolivia.",
     {("sanction", "impose", "PER", "BOL", "asserted")}),
    ("The Colombian National Security Council condemned Venezuela on Monday.",
     {("statement", "criticism", "COL", "VEN", "asserted")}),
    ("The Ecuadorian MFA condemned Peru on Monday.",
     {("statement", "criticism", "ECU", "PER", "asserted")}),
    ("The Bolivian Department of Foreign Affairs condemned Chile on Monday.",
     {("statement", "criticism", "BOL", "CHL", "asserted")}),
    ("The Uruguayan cabinet condemned Paraguay on Monday.",
     {("statement", "criticism", "URY", "PRY", "asserted")}),
    ("The Cuban Ministry of Foreign Relations condemned Panama on Monday.",
     {("statement", "criticism", "CUB", "PAN", "asserted")}),
])
def test_a_named_body_stands_for_its_country(text, expected):
    assert triples(extract(text)) == expected


def test_a_body_after_a_fronted_capital_is_that_capitals():
    text = "In Santiago, the presidential office condemned Argentina on Monday."
    assert triples(extract(text)) == {("statement", "criticism", "CHL", "ARG", "asserted")}


def test_the_bare_body_after_it_was_named_is_the_same_country():
    text = ("The Peruvian cabinet met on Monday to discuss the border. "
            "The cabinet then condemned Bolivia for the shooting.")
    assert triples(extract(text)) == {("statement", "criticism", "PER", "BOL", "asserted")}


def test_a_cabinet_meeting_is_no_talks_between_countries():
    text = "The Peruvian cabinet met on Monday with the Peruvian national security council."
    assert triples(extract(text)) == set()
