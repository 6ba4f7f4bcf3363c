"""Exact statements out of short sentences written for these tests: a stance restated by a
possessed noun after a reporting verb ("reaffirmed its support for Ukraine") is aimed at the
country the noun is for, in the noun's mode."""

from __future__ import annotations

import pytest

from tests.conftest import extract, statements


@pytest.mark.parametrize("sentence, expected", [
    ("South Africa reaffirmed its support for Ukraine.", {("support", "ZAF", "UKR", "positive")}),
    ("Canada reaffirmed its strong backing for Ukraine.", {("support", "CAN", "UKR", "positive")}),
    ("Egypt reaffirmed its full support for the sovereignty of Somalia.", {("support", "EGY", "SOM", "positive")}),
    # The noun, not the sentence's latest dealings, says whom: not Israel, attacked before.
    ("Israel struck Gaza on Monday. Chile reaffirmed its support for the Palestinian people.",
     {("support", "CHL", "PSE", "positive")}),
])
def test_a_restated_stance_is_aimed_at_what_its_noun_is_for(sentence, expected):
    assert statements(extract(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # A reported clause keeps its own reading.
    ("Putin reaffirmed that Russia would keep its embassy in Syria.", {("comment", "RUS", "SYR", "neutral")}),
    # No country after the noun: the saying is read as before (the speaker's latest dealings).
    ("Chile recognised Palestine on Friday. It reaffirmed its support for the two-state solution.",
     {("support", "CHL", "PSE", "positive")}),
])
def test_other_reaffirmations_read_as_before(sentence, expected):
    assert statements(extract(sentence)) == expected
