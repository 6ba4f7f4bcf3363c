"""Exact events out of short sentences written for these tests: a second object told in parallel
with the first, with its own preposition and scene ("talks with A on Monday and with B on
Tuesday")."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("sentence, expected", [
    # "and with B" after the first object's own scene phrase is one more side of the same act.
    ("Chile's president held separate talks with Peru's president on Monday and with Bolivia's president on Tuesday.",
     {("meeting", "talks", "CHL", "PER", "asserted"), ("meeting", "talks", "CHL", "BOL", "asserted")}),
    ("Chile signed trade deals with Peru in April and with Bolivia in May.",
     {("agreement", "sign", "CHL", "PER", "asserted"), ("agreement", "sign", "CHL", "BOL", "asserted")}),
    ("Chile's foreign minister spoke by phone with Peru's foreign minister on Monday and with Bolivia's on Friday.",
     {("meeting", "call", "CHL", "PER", "asserted")}),
    # No scene phrase between: the second "with" phrase may tell another matter.
    ("Chile's president held talks with Peru's president and with business leaders.",
     {("meeting", "talks", "CHL", "PER", "asserted")}),
    # A direct object is not continued this way.
    ("Chile's president met Peru's president on Monday and Bolivia's foreign minister said on Tuesday that it would help.",
     {("meeting", "talks", "CHL", "PER", "asserted")}),
])
def test_a_second_object_told_in_parallel_is_one_more_side(sentence, expected):
    assert {t for t in triples(extract(sentence)) if t[0] in ("meeting", "agreement")} == expected
