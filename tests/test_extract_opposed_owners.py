"""Statements of opposition, out of short sentences written for these tests: "oppose" is a
rejection aimed at the country that owns what is opposed, named first in the object."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, statements


@pytest.mark.parametrize("text, expected", [
    # The owner of the opposed thing, by possessive, as a modifier, or as the object itself.
    ("Austria opposes Serbia's bid to join the bloc.", {("rejection", "AUT", "SRB", "negative")}),
    ("Russia opposes Kosovo independence.", {("rejection", "RUS", "XKX", "negative")}),
    ("Hungary opposed the EU plan.", {("rejection", "HUN", "EUU", "negative")}),
    ("Vietnam opposed China.", {("rejection", "VNM", "CHN", "negative")}),
    # A list of opponents: one rejection each.
    ("Hungary, Poland and Slovakia opposed Ukraine's request.",
     {("rejection", "HUN", "UKR", "negative"), ("rejection", "POL", "UKR", "negative"),
      ("rejection", "SVK", "UKR", "negative")}),
    # A country further in is where the thing happens or whom it hits, not its owner.
    ("Norway opposed tariffs on Chinese cars.", set()),
    ("Russia opposed the war in Iraq.", set()),
    ("Norway opposed the Sudan war.", set()),
    ("Most Danes oppose the treaty with Germany.", set()),
])
def test_oppose_is_aimed_at_the_owner(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected
