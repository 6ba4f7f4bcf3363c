"""Exact events out of short sentences (own wording) where a call verb gives its object a
judging label: a criticism of the object's side, also when the object is a counterpart (not a
phone call) or the quoted label follows a long object; a call about something censured stays a call."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

_NIC_ON_CRI = {("statement", "criticism", "NIC", "CRI", "asserted")}
CASES = [
    # an insult word the lexicon now knows
    ("Nicaragua's president called Costa Rica's president a liar.", _NIC_ON_CRI),
    ('Nicaragua\'s president called Costa Rica\'s president a "thug".', _NIC_ON_CRI),
    # the counterpart with his name in commas, then the label: no phone call
    ('Nicaragua\'s president called his Costa Rican counterpart, Rodrigo Alvarado, a "gangster" on Sunday.',
     _NIC_ON_CRI),
    ("Nicaragua's president called his Costa Rican counterpart a tyrant.", _NIC_ON_CRI),
    # a quoted label after an object of two things joined by "and"
    ('The Nicaraguan foreign ministry called the Costa Rican ban and a similar step by Panama "illegal."',
     _NIC_ON_CRI),
    # a call to or about something censured is still a call
    ("Nicaragua's president called his Costa Rican counterpart to discuss illegal logging.",
     {("meeting", "call", "NIC", "CRI", "asserted")}),
    ('Nicaragua\'s president called his Costa Rican counterpart after a "provocative" speech.',
     {("meeting", "call", "NIC", "CRI", "asserted")}),
    # a quote later in another clause labels no object
    ('The Nicaraguan foreign ministry called the Costa Rican envoy in to protest what it said was "illegal" fishing.',
     set()),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_name_calling(text: str, expected: set[tuple]) -> None:
    assert triples(extract(text)) == expected
