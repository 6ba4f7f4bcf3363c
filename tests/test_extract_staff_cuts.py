"""A state told by another to shrink its mission is the teller expelling its diplomats, from
short sentences written for these tests; the telling keeps its own reading, and a cut of
anything but the told state's own staff is no expulsion."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows


def _expulsions(text: str) -> set[tuple]:
    return {row for row in rows(extract(text), event_type="relations") if row[1] == "expel"}


@pytest.mark.parametrize("text, expected", [
    ("Chile on Tuesday told Peru to halve the staff of its embassy in Santiago within ten days.",
     {("relations", "expel", "CHL", "PER", "CHL", date(2024, 6, 18))}),
    ("The Chilean foreign ministry said it was recalling its envoy for talks, and ordered Peru and Bolivia, "
     "the two neighbours it blames for the unrest, to reduce the number of their diplomats in the country.",
     {("relations", "expel", "CHL", "PER", "CHL", date(2024, 6, 19)),
      ("relations", "expel", "CHL", "BOL", "CHL", date(2024, 6, 19))}),
])
def test_a_mission_cut_ordered_is_an_expulsion(text, expected):
    assert _expulsions(text) == expected


def test_the_telling_keeps_its_own_reading():
    events = extract("Chile on Tuesday told Peru to halve the staff of its embassy in Santiago within ten days.")
    assert {e.event_type for e in events} == {"statement", "relations"}


@pytest.mark.parametrize("text", [
    "Chile told Peru to withdraw its troops from the border.",
    "Chile asked Peru to reduce tariffs on copper.",
    "Chile told Peru to cut the staff of the joint commission.",
])
def test_other_cuts_are_no_expulsion(text):
    assert _expulsions(text) == set()
