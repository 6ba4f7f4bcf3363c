"""Measures aimed at "its neighbour", from short sentences written for these tests: the target is
the actor's neighbour the story names, in the sentence, the events told before, or the article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows


def _events(text: str, kind: str) -> set[tuple]:
    return rows(extract(text), "modality", event_type=kind)


@pytest.mark.parametrize("text, kind, expected", [
    ("France and Germany criticised Armenia on Monday. Azerbaijan then imposed sanctions on its neighbour.",
     "sanction", {("sanction", "impose", "AZE", "ARM", None, date(2024, 6, 17), "asserted")}),
    ("Russia backed Tajikistan in the quarrel over water. Kyrgyzstan expelled the diplomats of its neighbour.",
     "relations", {("relations", "expel", "KGZ", "TJK", "KGZ", date(2024, 6, 19), "asserted")}),
])
def test_a_measure_on_its_neighbour_is_aimed_at_the_neighbour_named(text, kind, expected):
    assert _events(text, kind) == expected


@pytest.mark.parametrize("text", [
    "Canada imposed sanctions on its neighbours.",  # several, none named
    "Peru imposed sanctions on its neighbour.",  # no neighbour of Peru's named anywhere
    "Bolivia and Chile quarrelled, and Brazil stayed out. La Paz imposed an embargo on its neighbour.",  # two
])
def test_no_target_without_one_neighbour_named(text):
    assert not _events(text, "sanction")
