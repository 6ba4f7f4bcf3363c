"""Channels between two governments cut, from short sentences written for these tests:
"diplomatic contact" or "communication lines" cut off are ties broken, not a sanction; high-level
contacts suspended stay a sanction, and diplomatic contacts resumed are ties restored."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows


@pytest.mark.parametrize("text, expected", [
    ("Bolivia cut off diplomatic contact with Chile on Monday.",
     {("relations", "break", "BOL", "CHL", None, date(2024, 6, 17))}),
    ("Ghana severed all contact with Togo on Tuesday.",
     {("relations", "break", "GHA", "TGO", None, date(2024, 6, 18))}),
    ("Laos cut all official communication lines with Thailand on Monday.",
     {("relations", "break", "LAO", "THA", None, date(2024, 6, 17))}),
    ("Ghana resumed diplomatic contacts with Togo on Monday.",
     {("relations", "restore", "GHA", "TGO", None, date(2024, 6, 17))}),
])
def test_cut_channels_are_ties(text, expected):
    assert rows(extract(text)) == expected


def test_high_level_contacts_suspended_stay_a_sanction():
    assert rows(extract("Norway suspended high-level contacts with Belarus on Monday.")) == {
        ("sanction", "impose", "NOR", "BLR", None, date(2024, 6, 17))}
