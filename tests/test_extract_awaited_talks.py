"""Talks told as something to begin or to move towards are not yet held, so no meeting; talks
held, talks planned and talks already named stay (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows


def _meetings(text: str) -> set[tuple]:
    return rows(extract(text), "modality", event_type="meeting")


@pytest.mark.parametrize("text", [
    "Seoul hoped the visit would bring an early resumption of negotiations between Pyongyang and Washington.",
    "Trump praised Pakistan for pushing the Taliban towards negotiations with the United States.",
    "India and the United States supported an early start of negotiations on a treaty.",
    "Chile urged a restart of direct talks between Peru and Bolivia.",
])
def test_talks_to_come_are_no_meeting(text):
    assert _meetings(text) == set()


@pytest.mark.parametrize("text, expected", [
    ("Kenya and Uganda held talks on Monday.",
     {("meeting", "talks", "KEN", "UGA", None, date(2024, 6, 17), "asserted")}),
    ("Japan and China agreed to resume talks next month.",
     {("meeting", "talks", "JPN", "CHN", None, date(2024, 7, 1), "planned")}),
])
def test_talks_held_or_planned_stay(text, expected):
    assert _meetings(text) == expected
