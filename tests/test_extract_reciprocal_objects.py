"""Acts two sides aim at each other through a preposition (reciprocal_objects.py)."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Armenia and Azerbaijan fired rockets into each other's territory on Sunday.",
     {("military", "missile_test", "ARM", "AZE", "asserted"),
      ("military", "missile_test", "AZE", "ARM", "asserted")}),
    ("Iran and Iraq launched missiles at one another for a week.",
     {("military", "missile_test", "IRN", "IRQ", "asserted"),
      ("military", "missile_test", "IRQ", "IRN", "asserted")}),
    # A scene is no aim: drills held in each other's countries are aimed at neither.
    ("It will let Chile and Peru train in each other's countries.", set()),
])
def test_an_act_aimed_at_each_other_goes_both_ways(sentence, expected):
    assert {t for t in triples(extract(sentence)) if t[0] == "military"} == expected
