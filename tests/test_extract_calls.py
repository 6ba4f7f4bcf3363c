"""Calls told in the words of state agencies and wire copy (short sentences written for these
tests): "talked over phone with", several "telephone conversations" in the plural."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("sentence, expected", [
    ("Kenyan President William Ruto on Monday talked over phone with Ugandan President Yoweri Museveni on trade.",
     {("meeting", "call", "KEN", "UGA", "asserted")}),
    ("Ghana's president talked over the phone with the Nigerian president about the border.",
     {("meeting", "call", "GHA", "NGA", "asserted")}),
    (("Kenyan President William Ruto has had two telephone conversations with Ugandan President Yoweri Museveni "
      "since May."), {("meeting", "call", "KEN", "UGA", "asserted")}),
    ("Last year Chilean President Gabriel Boric had several phone conversations with Peruvian leaders.",
     {("meeting", "call", "CHL", "PER", "asserted")}),
])
def test_calls_told_in_agency_words(sentence, expected):
    assert {t for t in triples(extract(sentence)) if t[0] == "meeting"} == expected
