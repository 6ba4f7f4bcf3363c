"""An opening "it" after a sentence opened by a country's government or ministry stands for that
body when it acts in relations ("The Belarusian foreign ministry said ... It also recalled")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("text, expected", [
    (("The Latvian foreign ministry said it would cut ties with the embassy's staff. "
      "It also recalled its ambassador from Minsk."),
     {("relations", "recall", "LVA", "BLR", "asserted")}),
    ("The Dutch government said on Monday it was outraged by the plot. It expelled two Iranian diplomats.",
     {("relations", "expel", "NLD", "IRN", "asserted")}),
    (("The Peruvian government said on Tuesday that it rejected the remarks. "
      "On Wednesday it ordered the Mexican ambassador to leave the country."),
     {("relations", "expel", "PER", "MEX", "asserted")}),
])
def test_an_opening_it_after_a_government_body_acts_in_relations(text, expected):
    assert expected <= triples(extract(text, date(2024, 6, 19)))

