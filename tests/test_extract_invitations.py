"""Exact events out of short sentences (own wording): a leader invited to a place is a planned
visit by the guest to the host's country, with no talks yet; an invitation to do something
else, or to a country as a member, is no visit."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

CASES = [
    ("Scholz has invited Prime Minister Narendra Modi to Berlin next month.",
     {("visit", "unspecified", "IND", "DEU", "planned")}),
    ("Lula invited Emmanuel Macron to Brasilia.",
     {("visit", "unspecified", "FRA", "BRA", "planned")}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_invited_to_a_place_is_a_planned_visit(text: str, expected: set[tuple]) -> None:
    assert triples(extract(text)) == expected


def test_the_visit_goes_to_the_place_and_no_talks_are_held() -> None:
    events = extract("Lula invited Emmanuel Macron to Brasilia.")
    assert [(e.event_type, e.place_country) for e in events] == [("visit", "BRA")]


def test_invited_to_visit_keeps_the_guest_as_visitor() -> None:
    assert triples(extract("Lula invited Emmanuel Macron to visit Brazil.")) == {
        ("visit", "unspecified", "FRA", "BRA", "asserted")}


@pytest.mark.parametrize("text", [
    "Lula invited Emmanuel Macron to join the talks.",   # to do something, not to a place
    "Lula invited French companies to Brasilia.",        # not a person
    "The bloc agreed to invite Chile and Peru to join.",  # a membership, not a trip
])
def test_other_invitations_are_no_visit(text: str) -> None:
    assert not any(e.event_type == "visit" for e in extract(text))
