"""Leaving or joining "the bloc" or "the alliance" named earlier, from short sentences written
for these tests: a trigger phrase that takes "the" in ("left the", "leaving the") still lets the
noun after it stand for the group."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows


def _agreements(text: str) -> set[tuple]:
    return rows(extract(text), "modality", event_type="agreement")


@pytest.mark.parametrize("text, expected", [
    ("The European Union held a summit on Monday. Denmark left the bloc in 2019.",
     {("agreement", "withdraw", "DNK", "EUU", None, date(2019, 1, 1), "asserted")}),
    ("ECOWAS leaders met in Abuja. Guinea said on Tuesday it was leaving the bloc.",
     {("agreement", "withdraw", "GIN", "ECW", None, date(2024, 6, 18), "asserted")}),
    ("NATO ministers met in Brussels. Norway said on Monday it would leave the alliance.",
     {("agreement", "withdraw", "NOR", "NTO", None, date(2024, 6, 17), "planned")}),
])
def test_the_bloc_after_a_phrase_ending_in_the(text, expected):
    assert _agreements(text) == expected


def test_quit_the_bloc_unchanged():
    text = "The European Union held a summit on Monday. Denmark quit the bloc in 2019."
    assert _agreements(text) == {("agreement", "withdraw", "DNK", "EUU", None, date(2019, 1, 1), "asserted")}
