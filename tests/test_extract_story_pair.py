""""The two countries" of a story told so far only in remarks and measures between two
countries, from short sentences written for these tests: they are that pair even after the
article has named a third country in passing, unless the sentence itself names one before them."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows


@pytest.mark.parametrize("text, expected", [
    ("Chile imposed tariffs on Bolivian goods on Monday. The dispute has been raised at the United Nations. "
     "The two governments signed a trade accord in Geneva in March 2009.",
     {("agreement", "sign", "CHL", "BOL", "CHE", date(2009, 3, 1)),
      ("sanction", "impose", "CHL", "BOL", None, date(2024, 6, 17))}),
    ("Chile imposed tariffs on Bolivian goods on Monday. Traders in Peru expect prices to rise. "
     "The two countries restored diplomatic relations in May 2010.",
     {("relations", "restore", "CHL", "BOL", None, date(2010, 5, 1)),
      ("sanction", "impose", "CHL", "BOL", None, date(2024, 6, 17))}),
])
def test_the_two_countries_are_the_story_pair_despite_a_third_named_in_passing(text, expected):
    assert rows(extract(text)) == expected


def test_a_third_country_named_before_them_in_the_sentence_keeps_them_unknown():
    text = ("Chile imposed tariffs on Bolivian goods on Monday. The dispute has been raised at the United Nations. "
            "Peruvian President Dina Boluarte recalled a pact the two countries signed in 2009.")
    assert rows(extract(text)) == {("sanction", "impose", "CHL", "BOL", None, date(2024, 6, 17))}
