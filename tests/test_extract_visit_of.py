"""A visit named with its visitor after "of" ("the state visit of X to Y") (own wording)."""

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
