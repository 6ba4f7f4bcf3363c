"""A phrase of manner between a verb and its object ("condemns in the strongest terms X")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, statements


@pytest.mark.parametrize("text, expected", [
    ("Chile condemns in the strongest possible terms Peru's attack on Bolivia.",
     {("criticism", "CHL", "PER", "negative")}),
    ("Kenya denounced in no uncertain terms Sudan's seizure of the border post.",
     {("criticism", "KEN", "SDN", "negative")}),
    ("Norway condemned, in the strongest terms, Iran's missile strike.",
     {("criticism", "NOR", "IRN", "negative")}),
    # "in" that opens no phrase of manner is left to the other rules.
    ("Chile condemned the raid in Peru.", {("criticism", "CHL", "PER", "negative")}),
])
def test_a_phrase_of_manner_before_the_object(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected
