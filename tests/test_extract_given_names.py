"""People of countries whose names carry no family name are called by their given name later on:
"Malaysian Foreign Minister Zulkifli Hassan ... Zulkifli said", not by "Hassan"."""

from __future__ import annotations

import pytest

from tests.conftest import extract, statements

CASES = [
    # Malay, Thai, Ethiopian names: the first name stands for the person named in full before.
    ("Malaysian Foreign Minister Zulkifli Hassan arrived in Jakarta on Monday. Zulkifli praised Indonesia.",
     {("praise", "MYS", "IDN", "positive")}),
    ("Thai Foreign Minister Maris Sangiampongsa flew to Phnom Penh on Monday. Maris criticised Cambodia.",
     {("criticism", "THA", "KHM", "negative")}),
    ("Ethiopian Foreign Minister Gedion Timothewos arrived in Nairobi on Monday. Gedion criticised Egypt.",
     {("criticism", "ETH", "EGY", "negative")}),
    # Elsewhere a given name alone is no one named before.
    ("Ghanaian Foreign Minister Samuel Ablakwa arrived in Abuja on Monday. Samuel criticised Togo.",
     set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_given_name_stands_for_the_person(text: str, expected: set[tuple]) -> None:
    assert statements(extract(text)) == expected
