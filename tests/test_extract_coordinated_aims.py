"""Exact statements out of short sentences written for these tests: an evaluative saying that
names nobody, joined by "and" to the speaker's appeal to a country, is aimed at that country
too ("said the situation was worrying and called on Ankara to ..."), in its own mode."""

from __future__ import annotations

import pytest

from tests.conftest import extract, statements


@pytest.mark.parametrize("sentence, expected", [
    ("Borrell said the situation was extremely worrying and called on Ankara to halt its survey.",
     {("concern", "EUU", "TUR", "negative"), ("appeal", "EUU", "TUR", "neutral")}),
    ("Ethiopia's trade ministry said it was deeply disappointed and urged Washington to reverse the decision.",
     {("criticism", "ETH", "USA", "negative"), ("appeal", "ETH", "USA", "neutral")}),
    ("Chile's foreign minister said the clashes were alarming and urged Peru to withdraw its troops.",
     {("concern", "CHL", "PER", "negative"), ("appeal", "CHL", "PER", "neutral")}),
])
def test_an_evaluative_saying_is_aimed_at_whom_the_next_predicate_urges(sentence, expected):
    assert statements(extract(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # A plain saying stays one statement with the appeal.
    ("Japan said it was ready for dialogue and urged Pyongyang to return to talks.",
     {("appeal", "JPN", "PRK", "neutral")}),
    # A stance restated by a noun of its own is that noun's statement, not the reporting verb's.
    ("The EU reiterates its deep concern about the fighting and urges Mali to refrain from escalation.",
     {("concern", "EUU", "MLI", "negative"), ("appeal", "EUU", "MLI", "neutral")}),
])
def test_other_sayings_before_an_appeal_read_as_before(sentence, expected):
    assert statements(extract(sentence)) == expected
