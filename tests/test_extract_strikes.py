"""Strikes told with a verb of hitting, from short sentences written for these tests: a state or
its forces striking a country or a military target is a strike there; a country hit with
sanctions, attacked over a policy, a deal struck or a storm that hit a coast is none."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows


def _strikes(text: str) -> set[tuple]:
    return rows(extract(text), event_type="military")


@pytest.mark.parametrize("text, expected", [
    ("Egypt attacked Libya on Monday.",
     {("military", "missile_test", "EGY", "LBY", "LBY", date(2024, 6, 17))}),
    ("Turkish aircraft struck targets in Syria's Hasakah province on Tuesday.",
     {("military", "missile_test", "TUR", "SYR", "SYR", date(2024, 6, 18))}),
    ("Sudanese forces shelled Chadian border posts on Sunday.",
     {("military", "missile_test", "SDN", "TCD", "TCD", date(2024, 6, 16))}),
    ("Russia hit Ukraine with drones on Monday.",
     {("military", "missile_test", "RUS", "UKR", "UKR", date(2024, 6, 17))}),
    ("Turkish aircraft and drones hit what Ankara called militant camps near the Iraqi town of Zakho.",
     {("military", "missile_test", "TUR", None, "IRQ", date(2024, 6, 19))}),
])
def test_a_strike_on_a_country_or_a_target_there(text, expected):
    assert _strikes(text) == expected


@pytest.mark.parametrize("text", [
    "Canada hit Iran with sanctions on Monday.",
    "China attacked Canada over its new visa rules.",
    "Egypt struck a deal with Libya on Monday.",
    "The storm that struck Cuba killed dozens.",
    "Tariffs hit Mexico hard.",
    "Venezuelan warships struck Houthi targets last week.",  # a movement's targets, no state's
])
def test_words_of_hitting_that_are_no_strike(text):
    assert _strikes(text) == set()
