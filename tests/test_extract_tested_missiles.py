"""Exact events out of short sentences written for these tests: the bare noun "test" tells a
missile test only with a missile after it and its tester named after "by", and a judging noun's
topic ("concern about the test of a missile by Iran") names whom the judgement is aimed at."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

# (sentence, expected set of (type, mode, actor country, target country, modality))
CASES = [
    ("Two tests of a new cruise missile by Pakistan in March alarmed its neighbours.",
     {("military", "missile_test", "PAK", None, "asserted")}),
    # Without "by" the support verb's subject is left to other rows: no reading here.
    ("India conducted the first flight test of a long-range ballistic missile.", set()),
    # The concern stays, aimed at the tester named after "by".
    ("Japan voiced concern about the test of an intermediate-range missile by North Korea.",
     {("statement", "concern", "JPN", "PRK", "asserted"),
      ("military", "missile_test", "PRK", None, "asserted")}),
    ("Seoul expressed alarm at the firing of a ballistic missile by Pyongyang.",
     {("statement", "concern", "KOR", "PRK", "asserted"),
      ("military", "missile_test", "PRK", None, "asserted")}),
    # A test of something else is no missile test.
    ("The vote is a test of Brazil's influence in the region.", set()),
    ("The crisis was a test of resolve by Brazil.", set()),
    ("The summit will be a test of the new partnership between Chile and Peru.", set()),
    ("Turkey passed a stress test of its banks last year.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_tested_missiles(text: str, expected: set[tuple]) -> None:
    assert triples(extract(text)) == expected
