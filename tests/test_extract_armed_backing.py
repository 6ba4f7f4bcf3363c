"""Backing given to armed groups is no statement of support for a country (armed_backing.py)."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("text", [
    "Ties between Addis Ababa and Asmara soured after Eritrea backed a rebel insurgency in northern Ethiopia.",
    "Venezuela has backed Colombian guerrilla factions for a decade, officials in Bogota believe.",
    "Rwanda, facing new pressure over the militias it backs in eastern Congo, has recalled two envoys.",
    "The armed groups, which are backed by Iran, fired rockets across the border into Israel.",
])
def test_backing_fighters_is_no_statement_of_support(text):
    assert not any(e.event_type == "statement" and e.event_mode == "support" for e in extract(text))


@pytest.mark.parametrize("text, rows", [
    ("Russia, which has backed separatist fighters for years, expelled two Polish diplomats on Friday.",
     {("relations", "expel", "RUS", "POL", "asserted")}),
    ("Iran expelled two British diplomats on Friday, weeks after the groups it backs attacked shipping.",
     {("relations", "expel", "IRN", "GBR", "asserted")}),
])
def test_the_rest_of_the_sentence_still_counts(text, rows):
    assert triples(extract(text)) == rows


@pytest.mark.parametrize("text, row", [
    ("Germany backed Poland in the dispute with the European Commission.",
     ("statement", "support", "DEU", "POL", "asserted")),
    ("Qatar, which backed the rebels, said it would keep its embassy in Damascus closed.",
     ("statement", "support", "QAT", "SYR", "asserted")),
])
def test_backing_a_country_or_with_the_backers_words_is_still_support(text, row):
    assert row in triples(extract(text))
