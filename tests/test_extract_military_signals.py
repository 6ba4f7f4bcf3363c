"""Exact military events out of short sentences written for these tests: arms received or handed
over, forces sent where the text names the place only indirectly, drills joined, launches named by
their object."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

# (sentence, expected set of (type, mode, actor country, target country, modality))
CASES = [
    # Arms received come from whoever the sentence names as their source, or whose make they are.
    ("Armenia received six howitzers from France on Tuesday.",
     {("military", "arms_transfer", "FRA", "ARM", "asserted")}),
    ("Serbia took delivery of Chinese drones last year.",
     {("military", "arms_transfer", "CHN", "SRB", "asserted")}),
    ("Serbia took delivery of new drones last year.", set()),
    ("Estonia handed artillery shells to Ukraine.",
     {("military", "arms_transfer", "EST", "UKR", "asserted")}),
    ("The Estonian minister handed a letter to the Ukrainian envoy.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_military_signals(text: str, expected: set[tuple]) -> None:
    assert triples(extract(text)) == expected
