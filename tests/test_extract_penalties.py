"""Exact events out of short sentences (own wording): "penalties" on a country are sanctions,
imposed or restored like them, and a court's penalties on a company are none."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

CASES = [
    ("Washington imposed penalties on Caracas.",
     {("sanction", "impose", "USA", "VEN", "asserted")}),
    ("The United States said it would restore the penalties on Venezuela.",
     {("sanction", "impose", "USA", "VEN", "planned")}),
    ("Canada announced economic penalties against Iran on Monday.",
     {("sanction", "impose", "CAN", "IRN", "asserted")}),
    ("The court imposed penalties on the company.", set()),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_penalties_are_sanctions(text: str, expected: set[tuple]) -> None:
    assert triples(extract(text)) == expected
