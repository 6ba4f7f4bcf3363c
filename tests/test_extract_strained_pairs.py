"""Calls by several countries aimed at a pair that the article names only by the strain between
them ("Tensions between A and B have risen. C and D called on both sides to ..."), and "called
on" with a listed subject, which is an appeal and tells no talks that "both sides" could mean."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, statements


@pytest.mark.parametrize("text, expected", [
    # "tensions between A and B" sets the pair that "both sides" and "the two countries" stand for
    ("Tensions between Peru and Chile have risen over the border. Brazil urged the two countries to talk.",
     {("appeal", "BRA", "PER", "neutral"), ("appeal", "BRA", "CHL", "neutral")}),
    # a call for calm that names nobody is aimed at both sides of that pair
    ("Tensions between Peru and Chile have risen over the border. Brazil, Argentina and the UN have appealed for calm.",
     {("appeal", code, side, "neutral") for code in ("BRA", "ARG", "UNO") for side in ("PER", "CHL")}),
    # not by one of the two sides itself
    ("Tensions between Peru and Chile have risen over the border. Peru appealed for calm.", set()),
    # a strain with no two countries named sets no pair
    ("Tensions have risen along the border. Brazil appealed for calm.", set()),
])
def test_a_strain_between_two_countries_sets_the_pair(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # "X and Y called on both sides": the two callers are not the two sides
    ("Peru and Chile cut ties on Monday. Brazil and Argentina called on both sides to show restraint.",
     {("appeal", code, side, "neutral") for code in ("BRA", "ARG") for side in ("PER", "CHL")}),
    ("Tensions between Peru and Chile have risen. Many powers including Brazil and the European Union have "
     "called on both sides to de-escalate.",
     {("appeal", code, side, "neutral") for code in ("BRA", "EUU") for side in ("PER", "CHL")}),
    # talks told in the sentence still set "the two sides"
    ("Brazil and Argentina held talks in Lima, and the two sides called on Chile to show restraint.",
     {("appeal", "BRA", "CHL", "neutral"), ("appeal", "ARG", "CHL", "neutral")}),
])
def test_called_on_with_a_listed_subject_is_an_appeal_to_the_pair(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected
