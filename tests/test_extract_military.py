"""Exact military events out of short sentences written for these tests: drills, launches, arms."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

# (sentence, expected set of (type, mode, actor country, target country, modality))
CASES = [
    # Drills announced, continued or stepped up are drills held.
    ("Russia's navy announced new drills near Japan.",
     {("military", "exercise", "RUS", "JPN", "asserted")}),
    ("China pressed on with its naval exercises around the Philippines.",
     {("military", "exercise", "CHN", "PHL", "asserted")}),
    # Arms promised to nobody named go where the article's latest arms went.
    ("France will send howitzers to Armenia. Italy said it would provide 20 armoured vehicles.",
     {("military", "arms_transfer", "FRA", "ARM", "planned"), ("military", "arms_transfer", "ITA", "ARM", "planned")}),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_military_case(sentence, expected):
    assert triples(extract(sentence)) == expected
