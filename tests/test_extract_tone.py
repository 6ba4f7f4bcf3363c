"""The tone of a plain saying ("said", "told") read off the words said, when no word of the
trigger's own gives it."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.extract.tone import said_stance, valence, valences
from tests.conftest import extract, statements


def test_the_lexicon_ships_with_an_installed_package():
    assert len(valences()) > 7000  # the VADER lexicon holds about 7,500 words


@pytest.mark.parametrize("clause, stance", [
    ("the vote had been a sham that insulted the people of the country", "negative"),
    ("the attacks on its ships were a threat to peace", "negative"),
    ("relations were in excellent shape and the two nations were good friends", "positive"),
    ("the delegation would arrive on Tuesday and stay for three days", "neutral"),
    ("", "neutral"),
])
def test_a_reported_clause_has_the_tone_of_its_words(clause, stance):
    assert said_stance(clause) == stance


def test_a_negation_turns_a_word_round():
    assert valence("the election was fair") > 0 > valence("the election was not fair")
    assert valence("the talks were not a failure") > valence("the talks were a failure")


@pytest.mark.parametrize("text, expected", [
    ("Peru's foreign minister said Chile's election was a sham that insulted voters.",
     {("comment", "PER", "CHL", "negative")}),
    ("Peru's foreign minister said Chile was a good friend and a trusted partner.",
     {("comment", "PER", "CHL", "positive")}),
    # nothing in the words said to tell the tone: neutral, as before
    ("Peru's foreign minister said Chile's new cabinet would be named on Tuesday.",
     {("comment", "PER", "CHL", "neutral")}),
])
def test_a_plain_saying_takes_the_tone_of_what_was_said(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected
