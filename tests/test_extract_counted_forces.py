"""Forces counted with "of" before them, from short sentences written for these tests: "sent
thousands of troops to Chad" is a deployment to Chad, as "sent 3,000 troops to Chad" is; a count
of something that is no force ("millions of dollars", "thousands of tourists") sends nobody."""

from __future__ import annotations

from datetime import date

import pytest

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


def test_words_between_the_count_and_the_force_noun():
    assert _rows("Portugal sent thousands of heavily armed troops to Chad.") == \
        {("military", "deployment", "PRT", "TCD", "TCD", DAY, "asserted")}
    assert not _rows("Portugal sent thousands of heavily armed and very tired tourists to Chad.")
