"""Talks whose sides follow "of", from short sentences written for these tests: "the summit of
A and B" names its two sides as "between A and B" does; one country's people, or a body's
ministers, name no pair."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows

_DAY = date(2024, 6, 19)


@pytest.mark.parametrize("text, expected", [
    ("The summit of Kenyan President William Ruto and Ugandan President Yoweri Museveni was cordial.",
     {("meeting", "talks", "KEN", "UGA", None, _DAY)}),
    ("The talks of Russia and China went on for two hours.",
     {("meeting", "talks", "RUS", "CHN", None, _DAY)}),
])
def test_talks_of_two_sides_are_their_meeting(text, expected):
    assert rows(extract(text), event_type="meeting") == expected


@pytest.mark.parametrize("text", [
    "A meeting of NATO foreign ministers was cordial.",
    "The meeting of Russia's foreign minister and its defence minister went on for two hours.",
])
def test_talks_of_one_side_name_no_pair(text):
    assert not rows(extract(text), event_type="meeting")
