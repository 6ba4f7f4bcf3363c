"""An opening "it" after a sentence opened by a ministry or a government acts for that body."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("text, expected", [
    # a ministry or government that opened the sentence before is the "it" that acts
    ("Algeria's foreign ministry spoke on Sunday. It criticised Mali.",
     {("statement", "criticism", "DZA", "MLI", "asserted")}),
    ("The Algerian government spoke on Sunday. On Monday it also condemned Mali.",
     {("statement", "criticism", "DZA", "MLI", "asserted")}),
    ("Belarus's foreign ministry announced the decision. It also recalled its ambassador from Vilnius.",
     {("relations", "recall", "BLR", "LTU", "asserted")}),
    # "It was ..." after a ministry is nobody
    ("Algeria's foreign ministry spoke on Sunday. It was the first word from Mali in weeks.", set()),
])
def test_an_opening_it_acts_for_the_body_that_opened_the_sentence_before(text, expected):
    assert triples(extract(text, date(2024, 6, 19))) == expected
