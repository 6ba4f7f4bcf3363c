"""A condemnation naming nobody, joined to a measure of the same side, is aimed at whom the measure
hits (own wording)."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples, triples_with_pattern_untried

RECALL = ("relations", "recall", "PAK", "IRN", "asserted")
CRITICISM = ("statement", "criticism", "PAK", "IRN", "asserted")

CASES = [
    # "condemned the strike and recalled its ambassador from Tehran": criticism of Iran.
    ("Pakistan condemned the strike and recalled its ambassador from Tehran.", {RECALL, CRITICISM}),
    # Ties broken, sanctions imposed: the same.
    ("Pakistan condemned the attack and broke off relations with Iran.",
     {("relations", "break", "PAK", "IRN", "asserted"), CRITICISM}),
    ("Pakistan criticised the raid and imposed sanctions on Iran.",
     {("sanction", "impose", "PAK", "IRN", "asserted"), CRITICISM}),
    ("Pakistan denounced the raid and imposed sanctions on Iran.",
     {("sanction", "impose", "PAK", "IRN", "asserted"), CRITICISM}),
    # Each member of a group that recalls its envoys criticises.
    (("On Sunday the Union of Andean States, which groups Peru, Bolivia and Ecuador, condemned what it called an act of"
     " aggression and announced that they were recalling their ambassadors from Chile."),
     {("relations", "recall", "PER", "CHL", "asserted"), ("relations", "recall", "BOL", "CHL", "asserted"),
      ("relations", "recall", "ECU", "CHL", "asserted"), ("statement", "criticism", "ECU", "CHL", "asserted"),
      ("statement", "criticism", "PER", "CHL", "asserted"), ("statement", "criticism", "BOL", "CHL", "asserted")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_joined_protests(text: str, expected: set[tuple]) -> None:
    assert triples(extract(text)) == expected


def test_protest_of_another_clause_is_not_joined() -> None:
    # The measure told in another clause than the protest ("after"): no criticism by Pakistan.
    found = triples(extract("Pakistan recalled its ambassador from Tehran after Iraq condemned the strike."))
    assert not any(t[0] == "statement" and t[2] == "PAK" for t in found)


def test_protest_is_not_placed_where_the_measure_is() -> None:
    protests = [e for e in extract("Pakistan condemned the strike and recalled its ambassador from Tehran.")
                if e.event_type == "statement"]
    assert [(e.place_country, e.stance) for e in protests] == [(None, "negative")]


def test_no_pattern_search_without_a_measure() -> None:
    # a sentence with no expulsion, recall, break, closure or sanction skips the protest verbs
    triples = triples_with_pattern_untried("dashboard.extract.joined_protests", "_PROTEST", "Kenya condemned Ghana.")
    assert triples == {("statement", "criticism", "KEN", "GHA", "asserted")}
