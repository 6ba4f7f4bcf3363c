"""A passive's "by" naming several actors, and a country ending its phrase before the verb, both
leave the sentence's other country as the target by elimination (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


def _statements(text: str) -> set[tuple]:
    return {t for t in triples(extract(text)) if t[0] == "statement"}


@pytest.mark.parametrize("text, expected", [
    # Several actors in one "by": one side, each aimed at the country the subject's phrase names.
    ("The coup in Gabon was condemned by France, Spain and Italy.",
     {("statement", "criticism", "FRA", "GAB", "asserted"), ("statement", "criticism", "ESP", "GAB", "asserted"),
      ("statement", "criticism", "ITA", "GAB", "asserted")}),
    ("The raid in Somalia has been condemned by Kenya and Ethiopia.",
     {("statement", "criticism", "KEN", "SOM", "asserted"), ("statement", "criticism", "ETH", "SOM", "asserted")}),
    ("The coup in Gabon was condemned by France.", {("statement", "criticism", "FRA", "GAB", "asserted")}),
])
def test_several_actors_in_a_passive_by(text, expected):
    assert _statements(text) == expected


def test_a_country_before_an_auxiliary_names_no_thing_of_its_verb():
    # "a suggestion Hanoi has dismissed": Hanoi ends its phrase; it modifies no trigger noun
    text = "Manila officials warned that the base could serve the navy, a claim that Hanoi has dismissed."
    assert ("statement", "concern", "PHL", "VNM", "asserted") in _statements(text)
