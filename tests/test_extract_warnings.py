"""Statements out of short sentences written for these tests: warnings that name nobody,
threat wording in reported clauses, and standing with a country."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, statements


@pytest.mark.parametrize("text, expected", [
    # Threat wording in a reported clause: "not go unanswered", "impose costs on X".
    ("Estonia expelled two Russian diplomats. Moscow said the expulsion would not go unanswered.",
     {("threat", "RUS", "EST", "negative")}),
    ("Canada said Ottawa would keep imposing costs on Iran for as long as the repression lasts.",
     {("threat", "CAN", "IRN", "negative")}),
    # A warning naming nobody is made to the speaker's latest counterpart ...
    ("Nicaragua expelled the Spanish ambassador. Madrid said all options were open.",
     {("threat", "ESP", "NIC", "negative")}),
    ("Cuba closed its airspace to Panama. Panama said there would be consequences.",
     {("threat", "PAN", "CUB", "negative")}),
    # ... but not a judgement of a thing, nor a clause telling an event of its own.
    ("Iran fired drones at Israel. Tehran said the strike was retaliation.", set()),
    ("Nobody had warned Chile. Lima said all options were open.", set()),
])
def test_warnings_in_reported_clauses(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    ("Poland stands with Kyiv.", {("support", "POL", "UKR", "positive")}),
    ("Pakistan stood by Beijing after the vote.", {("support", "PAK", "CHN", "positive")}),
    ("Chile stood by its decision.", set()),
])
def test_standing_with_a_country_is_support(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # Words of praise for a person or a plan after "called" / "described ... as".
    ("Lula called Macron balanced and experienced.", {("praise", "BRA", "FRA", "positive")}),
    ("Kenya described the Chinese proposal as pragmatic.", {("praise", "KEN", "CHN", "positive")}),
    ("Peru described its own plan as balanced.", set()),
])
def test_called_with_praise_words(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected
