"""Missions opened under other names: a liaison office or an interests section opened or
inaugurated is ties established with the host (own wording)."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

CASES = [
    ("Israel opened a liaison office in Rabat.",
     {("relations", "establish", "ISR", "MAR", "asserted")}),
    ("Cuba opened an interests section in Washington.",
     {("relations", "establish", "CUB", "USA", "asserted")}),
    ("Hungary inaugurated its new embassy in Hanoi on Monday.",
     {("relations", "establish", "HUN", "VNM", "asserted")}),
    # "inaugurated" takes a mission as its object to open ties, not a plant or a road.
    ("Modi inaugurated a new steel plant in Nepal.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_offices(text: str, expected: set[tuple]) -> None:
    assert triples(extract(text)) == expected
