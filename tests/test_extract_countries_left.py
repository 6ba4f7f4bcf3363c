"""Forces pulled out, from short sentences written for these tests: the noun "withdrawal" (or
"pullout") of a state's forces, and forces leaving "the country", are deployments (their end) by
the state whose forces leave, aimed at the state left; a withdrawal from a pact or a body stays an
agreement, and a withdrawal with no state left named is none of it."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


def _military(text: str) -> set[tuple]:
    return {row for row in triples(extract(text)) if row[0] == "military"}


@pytest.mark.parametrize("text, expected", [
    ("The talks came after the withdrawal of Portuguese troops from Chad.",
     {("military", "deployment", "PRT", "TCD", "asserted")}),
    ("The withdrawal of all remaining Portuguese soldiers from Chad was completed in May.",
     {("military", "deployment", "PRT", "TCD", "asserted")}),
    ("Gabon said Portugal's pullout from Chad would take a year.",
     {("military", "deployment", "PRT", "TCD", "asserted")}),
    ("After clashes in Chad, Gabon renewed its call for Portugal's withdrawal from the country.",
     {("military", "deployment", "PRT", "TCD", "asserted")}),
])
def test_withdrawal_noun_is_a_deployment_end(text, expected):
    assert _military(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The junta in Ndjamena expelled the envoy, and Portugal said Portuguese troops would leave the country within a year.",
     {("military", "deployment", "PRT", "TCD", "planned")}),
    ("After the coup in Chad, the last Portuguese soldiers left the country in May.",
     {("military", "deployment", "PRT", "TCD", "asserted")}),
    ("After the coup in Chad, the Dutch troops withdrew from the country.",
     {("military", "deployment", "NLD", "TCD", "asserted")}),
])
def test_forces_leaving_the_country(text, expected):
    assert _military(text) == expected


@pytest.mark.parametrize("text", [
    "Brazil's withdrawal from the accord angered Chile.",
    "Chile criticised the withdrawal of Peru from the Andean Community.",
    "Norway completed its withdrawal from the alliance.",
    "The Portuguese withdrawal drew criticism at home.",
    "The Portuguese pullout from Chad ended a long mission.",
    "Ghana's president left the country on Monday for talks in Togo.",
])
def test_no_forces_pulled_out(text):
    assert _military(text) == set()


def test_forces_left_unnamed_leave_the_state_named_before():
    assert _military("Rebels took the capital of Chad after the withdrawal of US-led forces.") == {
        ("military", "deployment", "USA", "TCD", "asserted")}


def test_saying_troops_will_leave_is_no_accusation():
    events = extract("Portugal said its soldiers would leave the country by June.")
    assert not any(e.event_mode == "accusation" for e in events)
