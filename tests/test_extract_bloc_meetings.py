"""A bloc's own members due to meet are one meeting of the bloc, aimed at no single side:
"NATO defence ministers will meet in Brussels next week" (own wording)."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def _meetings(text):
    return {(e.event_mode, e.actor_country, e.target_country, e.modality) for e in extract(text)
            if e.event_type == "meeting"}


@pytest.mark.parametrize("text, bloc", [
    ("NATO defence ministers will meet in Brussels next week.", "NTO"),
    ("The U.N. Security Council was due to meet on Friday at the request of Ghana.", "UNO"),
])
def test_a_bloc_due_to_meet_is_its_planned_meeting(text, bloc):
    assert _meetings(text) == {("talks", bloc, None, "planned")}


def test_a_bloc_meeting_in_a_clause_of_time_is_one_to_come():
    text = "EU foreign ministers are expected to review the sanctions list when they meet next month."
    assert {(actor, target) for _, actor, target, _ in _meetings(text)} == {("EUU", None)}


@pytest.mark.parametrize("text", [
    "EU foreign ministers met in Brussels on Monday.",  # held: the setting of what they did
    "The Shanghai Cooperation Organisation meets in Tianjin as leaders gather.",  # news of the day
    "Kenyan officials will meet in Nairobi next week.",  # one country's own officials: no bloc
])
def test_no_bloc_meeting_to_come_is_no_event(text):
    assert not _meetings(text)
