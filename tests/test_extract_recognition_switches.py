"""Exact events out of short sentences (own wording): recognition switched from one China to
the other establishes ties with the new partner and breaks them with the one left, named after
"from" or, when none is named, the other China."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

CASES = [
    ("Tuvalu switched diplomatic recognition from Taiwan to China on Monday.",
     {("relations", "establish", "TUV", "CHN", "asserted"), ("relations", "break", "TUV", "TWN", "asserted")}),
    ("The government of Vanuatu decided to switch recognition to Beijing.",
     {("relations", "establish", "VUT", "CHN", "asserted"), ("relations", "break", "VUT", "TWN", "asserted")}),
    ("Palau will switch recognition to Taipei.",
     {("relations", "establish", "PLW", "TWN", "planned"), ("relations", "break", "PLW", "CHN", "planned")}),
    ("Tuvalu's switch of recognition from Taiwan to China surprised its neighbours.",
     {("relations", "establish", "TUV", "CHN", "asserted"), ("relations", "break", "TUV", "TWN", "asserted")}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_switch_of_recognition_is_made_and_broken_ties(text: str, expected: set[tuple]) -> None:
    assert triples(extract(text)) == expected


def test_recognising_one_country_breaks_nothing() -> None:
    # no switch: a plain recognition leaves no partner behind
    assert triples(extract("Tuvalu recognised Kosovo on Monday.")) == {
        ("relations", "establish", "TUV", "XKX", "asserted")}
