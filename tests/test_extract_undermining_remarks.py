"""A reported clause saying an act undermines something is a criticism of whoever did it, from
short sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows


@pytest.mark.parametrize("text, expected", [
    ("Iran tested two ballistic missiles on Tuesday. Germany said the tests undermined efforts to ease "
     "tensions in the region.",
     {("statement", "criticism", "DEU", "IRN", None, date(2024, 6, 18))}),
    ("Iran tested two ballistic missiles on Tuesday. Germany said the launches were undermining peace talks.",
     {("statement", "criticism", "DEU", "IRN", None, date(2024, 6, 18))}),
])
def test_a_clause_that_an_act_undermines_something_criticises_its_doer(text, expected):
    assert rows(extract(text), event_type="statement") == expected


@pytest.mark.parametrize("text", [
    "Iran tested two ballistic missiles on Tuesday. Germany said the talks would go on.",
    "Iran tested two ballistic missiles on Tuesday. Germany said it would not undermine the talks.",
])
def test_a_clause_without_the_judgement_makes_no_criticism(text):
    assert rows(extract(text), event_type="statement") == set()
