"""A trip told in an adjunct of the main clause, from short sentences written for these tests:
"Scholz criticised Russia during a visit to Poland" is Germany's visit, not Russia's (the object
of the main verb is no traveller); in a relative clause ("Blinken, who during a visit to Lima
praised Peru") the traveller is the one "who" stands for; a "by" phrase still names the visitor."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows

MONDAY, TUESDAY = date(2024, 6, 17), date(2024, 6, 18)


def _events(text: str) -> set[tuple]:
    return rows(extract(text))


@pytest.mark.parametrize("text, expected", [
    ("Scholz criticised Russia during a visit to Poland on Monday.",
     {("statement", "criticism", "DEU", "RUS", "POL", MONDAY),
      ("visit", "unspecified", "DEU", "POL", "POL", MONDAY)}),
    ("Modi praised Japan during a two-day visit to Vietnam on Tuesday.",
     {("statement", "praise", "IND", "JPN", "VNM", TUESDAY),
      ("visit", "unspecified", "IND", "VNM", "VNM", TUESDAY)}),
    ("Lula urged Maduro to hold elections during a state visit to Colombia on Monday.",
     {("statement", "appeal", "BRA", "VEN", "COL", MONDAY),
      ("visit", "state", "BRA", "COL", "COL", MONDAY)}),
])
def test_a_trip_in_an_adjunct_is_the_main_subjects(text, expected):
    assert _events(text) == expected


def test_in_a_relative_clause_the_trip_is_of_whom_who_stands_for():
    assert _events("Brazil thanked Antony Blinken, who during a visit to Lima on Monday praised Peru.") == {
        ("statement", "praise", "BRA", "USA", None, MONDAY),
        ("visit", "unspecified", "USA", "PER", "PER", MONDAY),
        ("statement", "praise", "USA", "PER", "PER", MONDAY)}


def test_a_by_phrase_still_names_the_visitor():
    assert _events("Chile signed the accord on Monday during a visit to Santiago by Argentine President"
                   " Javier Milei.") == {
        ("agreement", "sign", "CHL", "ARG", "CHL", MONDAY),
        ("visit", "unspecified", "ARG", "CHL", "CHL", MONDAY)}


@pytest.mark.parametrize("text, expected", [
    ("On a visit to Lisbon on Monday, Canadian Prime Minister Mark Carney criticised Russia.",
     {("statement", "criticism", "CAN", "RUS", "PRT", MONDAY),
      ("visit", "unspecified", "CAN", "PRT", "PRT", MONDAY)}),
    ("Speaking during a trip to Nairobi on Tuesday, Indian Prime Minister Narendra Modi praised Kenya.",
     {("statement", "praise", "IND", "KEN", "KEN", TUESDAY),
      ("visit", "unspecified", "IND", "KEN", "KEN", TUESDAY)}),
    ("On an earlier trip to Hanoi on Monday, Japanese Prime Minister Fumio Kishida signed a trade pact"
     " with Vietnam.",
     {("agreement", "sign", "JPN", "VNM", "VNM", MONDAY),
      ("visit", "unspecified", "JPN", "VNM", "VNM", MONDAY)}),
])
def test_a_trip_opening_the_sentence_is_the_subject_after_the_comma(text, expected):
    assert _events(text) == expected


def test_an_opening_trip_skips_an_honorific_before_the_subject():
    assert _events("German Chancellor Olaf Scholz arrived home on Sunday. On a visit to Oslo on Monday,"
                   " Mr Scholz criticised Russia.") >= {
        ("visit", "unspecified", "DEU", "NOR", "NOR", MONDAY)}


def test_an_opening_trip_is_no_trip_of_a_possessor():
    assert not rows(extract("On a visit to Oslo on Monday, Scholz's spokesman criticised Russia."),
                    event_type="visit")
