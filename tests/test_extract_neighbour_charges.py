"""A charge laid against "its neighbour" is aimed at the neighbour the story has named, from
short sentences written for these tests; the side of the speaker's latest dealings still
comes first."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows


@pytest.mark.parametrize("text, expected", [
    ("Uganda closed the border on Monday. Rwanda accused its neighbour of sheltering rebels.",
     {("statement", "accusation", "RWA", "UGA", None, date(2024, 6, 17))}),
    ("Peru closed its border posts on Friday. Bolivia accused its neighbour of harming trade.",
     {("statement", "accusation", "BOL", "PER", None, date(2024, 6, 19))}),
    # the other side of the break comes first
    ("Algeria broke off relations with Morocco on Monday, accusing its neighbour of hostile acts.",
     {("statement", "accusation", "DZA", "MAR", None, date(2024, 6, 17))}),
])
def test_a_charge_against_its_neighbour_is_aimed_at_that_neighbour(text, expected):
    assert rows(extract(text), event_type="statement") == expected


def test_a_neighbour_the_story_never_named_is_no_target():
    assert rows(extract("Rwanda accused its neighbour of sheltering rebels."), event_type="statement") == set()
