"""Ties told by their warmth ("built close ties with X") are friendship grown, not relations
set up; bare or diplomatic ties set up still are."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


def _ties(text: str) -> set[tuple]:
    return {t for t in triples(extract(text)) if t[0] == "relations"}


@pytest.mark.parametrize("sentence", [
    "Ghana has established close ties with Togo over the past decade.",
    "The Chilean president spent the day in Lima, forging closer ties with Peru.",
    "Kenya set up stronger ties with Uganda after the election.",
])
def test_warm_ties_are_no_relations_set_up(sentence):
    assert _ties(sentence) == set()


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ghana established diplomatic relations with Togo on Monday.",
     {("relations", "establish", "GHA", "TGO", "asserted")}),
    ("Chile and Peru established ties in 1990.", {("relations", "establish", "CHL", "PER", "asserted")}),
])
def test_ties_set_up_bare_or_diplomatic_still_count(sentence, expected):
    assert _ties(sentence) == expected


def test_the_two_leaders_are_the_latest_leaders_named_when_no_pair_was_told():
    text = ("Chilean President Gabriel Boric spent five hours on Monday with Peruvian President Dina Boluarte, "
            "forging closer ties with Peru.\n\nThe two leaders signed a friendship treaty.")
    events = extract(text)
    assert {t for t in triples(events) if t[0] == "agreement"} == {("agreement", "sign", "CHL", "PER", "asserted")}
    assert _ties(text) == set()
