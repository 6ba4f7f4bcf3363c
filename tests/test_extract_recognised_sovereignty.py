"""Recognising a state's sovereignty, territorial integrity or independence takes its side: a statement of
support aimed at that state, out of short sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, statements


@pytest.mark.parametrize("text, expected", [
    ("In 2021 Lima recognised Chilean sovereignty over the disputed islets.", {("support", "PER", "CHL", "positive")}),
    ("Bolivia recognised Peru's sovereignty over the lake shore.", {("support", "BOL", "PER", "positive")}),
    ("Ecuador recognises the territorial integrity of Colombia.", {("support", "ECU", "COL", "positive")}),
    # Refusing to recognise it is a rejection aimed at the same state.
    ("Ecuador refused to recognise Colombian sovereignty over the reef.", {("rejection", "ECU", "COL", "negative")}),
    # A state's independence is recognised the same way, its holder the target.
    ("Estonia and Latvia were preparing to recognise Kosovo's independence.",
     {("support", "EST", "XKX", "positive"), ("support", "LVA", "XKX", "positive")}),
    ("Peru recognised Bolivia's independence in 1826.", {("support", "PER", "BOL", "positive")}),
    ("Ecuador refused to recognise Kosovo's independence.", {("rejection", "ECU", "XKX", "negative")}),
    # "independence" far past the object belongs to another clause.
    ("Chile may recognise the islands as a state, though no country did so after they declared independence.", set()),
    # Recognising a state or a government is ties, not a statement.
    ("Ecuador recognised Kosovo in 2009.", set()),
])
def test_recognised_sovereignty_is_support_for_its_holder(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected
