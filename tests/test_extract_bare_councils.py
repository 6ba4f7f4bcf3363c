"""Exact statements out of short sentences written for these tests: "the Security Council" named
bare is the U.N.'s, while an owner before it ("Moscow's", "High", "Peace and") names another body."""

from __future__ import annotations

import pytest

from tests.conftest import extract, statements


@pytest.mark.parametrize("sentence, expected", [
    ("The Security Council demanded that Eritrea withdraw its troops from Djibouti.",
     {("demand", "UNO", "ERI", "negative")}),
    ("At the United Nations, the Security Council commended Gabon for its mediation.",
     {("praise", "UNO", "GAB", "positive")}),
])
def test_the_bare_security_council_is_the_united_nations(sentence, expected):
    assert statements(extract(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Nikolai Patrushev, secretary of Russia's Security Council, said Estonia must stop the blockade.",
     {("demand", "RUS", "EST", "negative")}),
    ("Algeria's High Security Council, chaired by the president, condemned Morocco's hostile acts.",
     {("criticism", "DZA", "MAR", "negative")}),
])
def test_a_council_with_an_owner_before_it_is_not_the_united_nations(sentence, expected):
    assert statements(extract(sentence)) == expected
