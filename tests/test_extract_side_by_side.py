"""Leaders standing or sitting together somewhere: "A and B stood on either side of C in
Ankara" (guests beside their host), "A and B stood side by side in Berlin"; "stand side by
side with Ukraine" stays solidarity. Windsor is the English royal town (own wording)."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

CASES = [
    # Guests on either side of their host: each guest visits the host's country.
    ("Ruto and Ghanaian President Nana Akufo-Addo stood on either side of Macron in Paris on Monday.",
     {("visit", "unspecified", "KEN", "FRA", "asserted"), ("visit", "unspecified", "GHA", "FRA", "asserted")}),
    ("The presidents of Chile and Peru sat down either side of Lula in Brasilia.",
     {("visit", "unspecified", "CHL", "BRA", "asserted"), ("visit", "unspecified", "PER", "BRA", "asserted")}),
    # Two leaders side by side in one's country: the other is the visitor.
    ("Prime Minister Keir Starmer and Chancellor Olaf Scholz stood side by side in Berlin on Thursday.",
     {("visit", "unspecified", "GBR", "DEU", "asserted")}),
    # "side by side with" a country is solidarity, as "stand with".
    ("Britain will stand side by side with Ukraine for as long as it takes.",
     {("statement", "support", "GBR", "UKR", "planned")}),
    ("Scholz stood side by side with Zelensky on Tuesday.",
     {("statement", "support", "DEU", "UKR", "asserted")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_side_by_side(text: str, expected: set[tuple]) -> None:
    assert triples(extract(text)) == expected


def test_windsor_is_in_england() -> None:
    """"in Windsor" is the royal town in England, not the Canadian city."""
    events = extract("Macron met Sunak in Windsor on Tuesday.")
    assert triples(events) == {("meeting", "talks", "FRA", "GBR", "asserted"),
                               ("visit", "unspecified", "FRA", "GBR", "asserted")}
    assert {e.place_country for e in events} == {"GBR"}
