"""Exact events out of short sentences (own wording) where a statement noun is quoted right
after its support verb ('expressed its "firm support" for'): the subject's own statement, aimed
at the noun's object; a quoted speech or a quoted name after the verb stays as it was read."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

CASES = [
    ('Ghana expressed its "full support" for Togo on Monday.',
     {("statement", "support", "GHA", "TGO", "asserted")}),
    ('Peru voiced "deep concern" over Chile\'s naval drills.',
     {("statement", "concern", "PER", "CHL", "asserted")}),
    ('Peru expressed "strong indignation" to the Chilean envoy.',
     {("statement", "criticism", "PER", "CHL", "asserted")}),
    # no statement noun inside the marks: nothing new is read
    ('Ghana expressed "hope" on Monday.', set()),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_quoted_nouns(text: str, expected: set[tuple]) -> None:
    assert triples(extract(text)) == expected
