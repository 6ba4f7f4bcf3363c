"""Talks told as the purpose of a trip in an infinitive ("will visit Seoul on Monday to meet
Roh"): as sure as the trip, and dated ahead with it."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract

# 2024-06-19 is a Wednesday: the coming Monday is 2024-06-24, the last one 2024-06-17.


def _rows(text: str) -> set[tuple]:
    return {(e.event_type, e.actor_country, e.target_country, str(e.date_start), e.modality)
            for e in extract(text, date(2024, 6, 19))}


@pytest.mark.parametrize("text", [
    "The Indian foreign minister will visit Tokyo on Monday to meet the Japanese prime minister.",
    "The Indian foreign minister, who will travel to Tokyo on Monday to meet the Japanese prime minister, "
    "said he expected frank talks.",
])
def test_talks_a_planned_trip_is_made_for_are_planned_on_its_day(text):
    rows = _rows(text)
    assert ("visit", "IND", "JPN", "2024-06-24", "planned") in rows
    assert ("meeting", "IND", "JPN", "2024-06-24", "planned") in rows


def test_talks_a_trip_made_was_for_stay_asserted():
    rows = _rows("The Indian foreign minister flew to Tokyo on Monday to meet the Japanese prime minister.")
    assert ("meeting", "IND", "JPN", "2024-06-17", "asserted") in rows


def test_planned_talks_go_where_the_planned_trip_goes_not_where_the_traveller_is():
    text = ("The Indian foreign minister arrived in Beijing on Tuesday for talks with Wang Yi.\n\n"
            "He will visit Tokyo on Thursday to meet the Japanese prime minister.")
    events = extract(text, date(2024, 6, 19))
    assert not any(e.event_type == "visit" and e.actor_country == "JPN" for e in events)
    meeting = next(e for e in events if e.event_type == "meeting" and e.target_country == "JPN")
    assert (str(meeting.date_start), meeting.modality, meeting.place_country) == ("2024-06-20", "planned", None)
