"""Exact statements out of short sentences written for these tests: a list of predicates of one
speaker, the second after a bare comma ("thanked A for X, criticised B ... and urged C"), where
the first verb's object is no subject of the next."""

from __future__ import annotations

import pytest

from tests.conftest import extract, statements


@pytest.mark.parametrize("sentence, expected", [
    # The object of "thanked" / "stood with" does not speak the next predicate: the subject does.
    ("Japan thanked India for its help, criticised China for the blockade and urged Russia to withdraw.",
     {("praise", "JPN", "IND", "positive"), ("criticism", "JPN", "CHN", "negative"),
      ("appeal", "JPN", "RUS", "neutral")}),
    ("The United States stood with the Philippines, accused China of obstructing resupply missions, and warned of a response.",
     {("support", "USA", "PHL", "positive"), ("accusation", "USA", "CHN", "negative")}),
    ("Peru praised Chile for its mediation, condemned Bolivia over the border closure and called on Ecuador to reopen talks.",
     {("praise", "PER", "CHL", "positive"), ("criticism", "PER", "BOL", "negative"),
      ("appeal", "PER", "ECU", "neutral")}),
])
def test_a_verb_after_a_bare_comma_continues_the_subjects_list(sentence, expected):
    assert statements(extract(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # A verb the object controls keeps its reading: after "to", or a gerund after "for".
    ("Britain urged Israel to show restraint.", {("appeal", "GBR", "ISR", "neutral")}),
    ("Japan thanked India for helping evacuate its citizens.", {("praise", "JPN", "IND", "positive")}),
])
def test_a_controlled_verb_keeps_its_object_as_doer(sentence, expected):
    assert statements(extract(sentence)) == expected
