"""Exact events out of short sentences (own wording): a reply "in kind" is the act it answers,
done by the other side, not a remark; a reply in kind to words stays a statement."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples, triples_with_pattern_untried

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


def test_no_pattern_search_without_a_reply() -> None:
    # the case-free pattern tries every position: sentences with no reply statement skip it
    text = "Japan imposed sanctions on Russia, paid in kind."
    assert triples_with_pattern_untried("dashboard.extract.in_kind", "_IN_KIND", text) == {
        ("sanction", "impose", "JPN", "RUS", "asserted")}
