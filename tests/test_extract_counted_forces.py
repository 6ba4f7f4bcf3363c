"""Forces counted with "of" before them, from short sentences written for these tests: "sent
thousands of troops to Chad" is a deployment to Chad, as "sent 3,000 troops to Chad" is; a count
of something that is no force ("millions of dollars", "thousands of tourists") sends nobody."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.extract.counted_forces import counted_force_end
from tests.conftest import extract, rows

DAY = date(2024, 6, 19)


def _rows(text: str) -> set[tuple]:
    return rows(extract(text), "modality")


@pytest.mark.parametrize("text, expected", [
    ("Portugal sent thousands of troops to Chad on Monday.",
     {("military", "deployment", "PRT", "TCD", "TCD", date(2024, 6, 17), "asserted")}),
    ("Portugal dispatched hundreds of soldiers into Chad.",
     {("military", "deployment", "PRT", "TCD", "TCD", DAY, "asserted")}),
    ("Portugal is moving tens of thousands of troops to Chad.",
     {("military", "deployment", "PRT", "TCD", "TCD", DAY, "asserted")}),
    ("Portugal sent thousands of fresh Portuguese combat troops to Chad.",
     {("military", "deployment", "PRT", "TCD", "TCD", DAY, "asserted")}),
    ("Portugal deployed hundreds of police officers in Chad.",
     {("military", "deployment", "PRT", "TCD", "TCD", DAY, "asserted")}),
])
def test_counted_forces_keep_their_destination(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text", [
    "Portugal sent thousands of tourists to Chad.",
    "Portugal flew thousands of miles to reach the island.",
])
def test_a_count_of_no_force_sends_nobody(text):
    assert not [e for e in extract(text) if e.event_type == "military"]


def test_count_end_is_past_the_force_noun():
    words = ["sent", "thousands", "of", "heavily", "armed", "troops", "to", "Chad"]

    class _U:
        def __init__(self, text):
            self.text, self.low, self.actor = text, text.lower(), None

    units = [_U(t) for t in words]
    forces = frozenset({"troops"})
    assert counted_force_end(units, 2, forces) == 6
    assert counted_force_end(units, 6, forces) == -1  # "to" follows no count
    assert counted_force_end([_U(t) for t in ["thousands", "of", "tourists"]], 1, forces) == -1
