"""Ties broken from each side, from short sentences written for these tests: one government
severing relations and the other then ending them are two breaks; a later mention of the same
break in other words stays one."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows


def _breaks(text: str) -> set[tuple]:
    return rows(extract(text), "modality", event_type="relations")


@pytest.mark.parametrize("text, expected", [
    ("Tuvalu said on Monday it had severed diplomatic relations with Taiwan. "
     "Taipei said on Monday it was ending relations with Tuvalu to protect its dignity.",
     {("relations", "break", "TUV", "TWN", None, date(2024, 6, 17), "asserted"),
      ("relations", "break", "TWN", "TUV", None, date(2024, 6, 17), "asserted")}),
    ("Belize cut ties with Guatemala on Tuesday. Guatemala severed relations with Belize on Wednesday.",
     {("relations", "break", "BLZ", "GTM", None, date(2024, 6, 18), "asserted"),
      ("relations", "break", "GTM", "BLZ", None, date(2024, 6, 19), "asserted")}),
])
def test_a_break_told_by_each_side_is_two_breaks(text, expected):
    assert _breaks(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Tuvalu broke off diplomatic relations with Taiwan on Monday. Taiwan's break with Tuvalu leaves it "
     "with few allies.",
     {("relations", "break", "TUV", "TWN", None, date(2024, 6, 17), "asserted")}),
    ("Belize and Guatemala broke off relations on Tuesday, and Guatemala said it had severed ties with Belize.",
     {("relations", "break", "BLZ", "GTM", None, date(2024, 6, 18), "asserted")}),
])
def test_one_break_told_twice_stays_one(text, expected):
    assert _breaks(text) == expected
