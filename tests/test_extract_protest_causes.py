"""The cause a measure answers, from short sentences written for these tests: "in protest at
X's interference" is an accusation by the measure's side at X; "in protest at recent X
sanctions" (no target of their own) are X's sanctions on the measure's side."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("text, expected", [
    ("Chile recalled its ambassador from Lima in protest at Peru's interference in its internal affairs.",
     {("relations", "recall", "CHL", "PER", "asserted"), ("statement", "accusation", "CHL", "PER", "asserted")}),
    (("Chile, Bolivia and Argentina recalled their ambassadors from Lima on Friday in protest at "
      "Peru's interference in their affairs."),
     {("relations", "recall", "CHL", "PER", "asserted"), ("relations", "recall", "BOL", "PER", "asserted"),
      ("relations", "recall", "ARG", "PER", "asserted"), ("statement", "accusation", "CHL", "PER", "asserted"),
      ("statement", "accusation", "BOL", "PER", "asserted"), ("statement", "accusation", "ARG", "PER", "asserted")}),
    (("Earlier the US announced sanctions and the expulsion of five Peruvian diplomats in retaliation "
      "for what Washington said was Lima's election meddling."),
     {("sanction", "impose", "USA", "PER", "asserted"), ("relations", "expel", "USA", "PER", "asserted"),
      ("statement", "accusation", "USA", "PER", "asserted")}),
    ("Chile expelled Peru's ambassador in protest at recent EU sanctions.",
     {("relations", "expel", "CHL", "PER", "asserted"), ("sanction", "impose", "EUU", "CHL", "asserted")}),
])
def test_cause_of_a_measure_is_the_owners_act(text, expected):
    assert triples(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # sanctions with a target of their own keep it
    ("Chile recalled its envoy in protest at new US sanctions on Chile.",
     {("relations", "recall", "CHL", "USA", "asserted"), ("sanction", "impose", "USA", "CHL", "asserted")}),
    # a cause that names no act of the lists adds nothing
    ("Chile recalled its ambassador from Lima in protest at Peru's decision to close a mine.",
     {("relations", "recall", "CHL", "PER", "asserted")}),
    # interference with no measure before it is no cause
    ("Chile's minister spoke of Peru's interference in its affairs.", set()),
])
def test_no_cause_event_without_the_shape(text, expected):
    assert triples(extract(text)) == expected
