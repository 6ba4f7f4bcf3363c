"""A court's or body's founding statute is a treaty its members ratify (word_classes.csv)."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Chile's senate ratified the Rome Statute of the International Criminal Court on Tuesday.",
     {("agreement", "ratify", "CHL", "ICC", "asserted")}),
    ("Armenia's parliament ratified the founding statute of the International Criminal Court.",
     {("agreement", "ratify", "ARM", "ICC", "asserted")}),
    # A law passed at home is no treaty with anyone.
    ("Congress passed a statute on Monday.", set()),
])
def test_a_founding_statute_is_ratified_as_a_treaty(sentence, expected):
    assert {t for t in triples(extract(sentence)) if t[0] == "agreement"} == expected
