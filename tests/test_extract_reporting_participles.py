"""Exact events out of short sentences (own wording) where a participle of a reporting verb
opens the clause after a comma ("..., stressing that X's moves were reckless"): the subject's
statement about the country the clause names; the participle with a plain object says nothing."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

CASES = [
    ("Ghana's president echoed those remarks, stressing that Togo's moves were reckless.",
     {("statement", "criticism", "GHA", "TGO", "asserted")}),
    ("Ghana's president spoke on Monday, insisting that Togo's claims were baseless.",
     {("statement", "criticism", "GHA", "TGO", "asserted")}),
    # a plain object after the participle: no clause, no statement
    ("Ghana's president spoke on Monday, stressing a commitment to regional trade.", set()),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_reporting_participles(text: str, expected: set[tuple]) -> None:
    assert triples(extract(text)) == expected
