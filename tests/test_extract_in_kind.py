"""Exact events out of short sentences (own wording): a reply "in kind" is the act it answers,
done by the other side, not a remark; a reply in kind to words stays a statement."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

CASES = [
    ("Egypt expelled the Turkish ambassador. Turkey responded in kind.",
     {("relations", "expel", "EGY", "TUR", "asserted"), ("relations", "expel", "TUR", "EGY", "asserted")}),
    ("In 2013 Cairo asked the Turkish ambassador to leave and Ankara responded in kind.",
     {("relations", "expel", "EGY", "TUR", "asserted"), ("relations", "expel", "TUR", "EGY", "asserted")}),
    ("Chile recalled its ambassador from Peru. Lima replied in kind.",
     {("relations", "recall", "CHL", "PER", "asserted"), ("relations", "recall", "PER", "CHL", "asserted")}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_reply_in_kind_is_the_act(text: str, expected: set[tuple]) -> None:
    assert triples(extract(text)) == expected


def test_reply_in_kind_to_words_stays_a_statement() -> None:
    events = extract("Egypt criticised Turkey. Turkey responded in kind.")
    assert {e.event_type for e in events} == {"statement"}
