"""Exact events out of short sentences (own wording) where two sides speak of their own ties:
each speaks of the other, so the statement is aimed both ways; a third country named after
the verb, or no word of ties, leaves the rule out."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

CASES = [
    ("Norway and Finland stressed the importance of their partnership.",
     {("statement", "comment", "NOR", "FIN", "asserted"), ("statement", "comment", "FIN", "NOR", "asserted")}),
    ("Ghana and Togo praised their cooperation on border security.",
     {("statement", "praise", "GHA", "TGO", "asserted"), ("statement", "praise", "TGO", "GHA", "asserted")}),
    ("Kenya and Uganda said bilateral trade was growing fast.",
     {("statement", "comment", "KEN", "UGA", "asserted"), ("statement", "comment", "UGA", "KEN", "asserted")}),
    # a third country after the verb: not said of each other
    ("Kenya and Uganda hailed their friendship with Rwanda.", set()),
    # a third country before the verb: said on that country's account, not of each other
    ("Over Rwanda, Kenya and Uganda hailed their friendship.", set()),
    # no word of ties: not said of each other
    ("Kenya and Uganda signalled a willingness to expand trade.", set()),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_own_ties(text: str, expected: set[tuple]) -> None:
    assert triples(extract(text)) == expected


def test_both_ministers_of_the_pair_told_before() -> None:
    text = ("Ghana and Togo hold border talks\n\n"
            "ACCRA — The foreign ministers of Ghana and Togo met in Accra on Monday to discuss the border.\n\n"
            "Both ministers underlined the strong friendship between the two countries.\n")
    statements = {t for t in triples(extract(text)) if t[0] == "statement"}
    assert statements == {("statement", "comment", "GHA", "TGO", "asserted"),
                          ("statement", "comment", "TGO", "GHA", "asserted")}
