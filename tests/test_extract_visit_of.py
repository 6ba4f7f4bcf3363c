"""A visit named "the (state) visit of X to Y", and "was in <city>, where" or "for" (own wording)."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

CASES = [
    ("The working visit of Macron to Kigali ended on Friday.",
     {("visit", "working", "FRA", "RWA", "asserted")}),
    ("The state visit of the Kenyan president to Washington began on Monday.",
     {("visit", "state", "KEN", "USA", "asserted")}),
    # Every visitor the "of" phrase names goes.
    ("The deal follows the visit of Scholz and Macron to Nairobi last month.",
     {("visit", "unspecified", "DEU", "KEN", "asserted"), ("visit", "unspecified", "FRA", "KEN", "asserted")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_visit_of(text: str, expected: set[tuple]) -> None:
    assert triples(extract(text)) == expected


STAYS = [
    # "was in <city>" told with what the stay was for: a visit to the city's country.
    ("Chancellor Scholz was in Nairobi, where he opened a trade fair.",
     {("visit", "unspecified", "DEU", "KEN", "asserted")}),
    ("On Tuesday Macron was in Dakar for a forum on food security.",
     {("visit", "unspecified", "FRA", "SEN", "asserted")}),
    # Being somewhere when something happened is no visit.
    ("Macron was in Dakar when the news broke.", set()),
]


@pytest.mark.parametrize(("text", "expected"), STAYS)
def test_was_in_city(text: str, expected: set[tuple]) -> None:
    assert triples(extract(text)) == expected
