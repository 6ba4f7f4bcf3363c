"""A meeting that carries its own number as a session of a named forum ("the third meeting of
the Joint Trade Committee") is not folded into the day's talks of the same sides."""

from __future__ import annotations

from datetime import date

from dashboard.extract.numbered_sessions import session_number
from tests.conftest import extract

DAY = date(2024, 5, 14)
TALKS = ("Indian Foreign Minister S. Jaishankar held talks with Brazilian Foreign Minister Mauro Vieira "
         "in New Delhi on Tuesday. ")
MET = "Kenya's foreign minister met his Ugandan counterpart in Nairobi on Tuesday. "


def _meetings(text: str) -> list[tuple[str, str | None, str | None, str, str]]:
    return sorted((e.event_mode, e.actor_country, e.target_country, e.modality, e.evidence[0].trigger)
                  for e in extract(text, DAY) if e.event_type == "meeting")


def test_a_numbered_session_after_the_talks_is_a_second_meeting():
    text = TALKS + "Later that day the two ministers co-chaired the fourth meeting of the India-Brazil Joint Commission."
    assert _meetings(text) == [("talks", "IND", "BRA", "asserted", "held talks"),
                               ("talks", "IND", "BRA", "asserted", "meeting")]


def test_a_session_numbered_by_a_figure_and_capitalised_is_its_own_meeting():
    text = MET + "The two ministers then chaired the 3rd Meeting of the Kenya-Uganda Joint Permanent Commission."
    assert _meetings(text) == [("talks", "KEN", "UGA", "asserted", "Meeting"),
                               ("talks", "KEN", "UGA", "asserted", "met")]


def test_a_numbered_dialogue_planned_for_the_same_day_is_not_the_talks():
    text = MET + "Later in the day, he is scheduled to attend the fifth Kenya-Uganda High-Level Trade Dialogue."
    assert _meetings(text) == [("talks", "KEN", "UGA", "asserted", "met"),
                               ("talks", "KEN", "UGA", "planned", "Dialogue")]


def test_a_lower_case_round_of_talks_stays_one_meeting():
    text = TALKS + "The two ministers held the second round of strategic talks at the ministry."
    assert _meetings(text) == [("talks", "IND", "BRA", "asserted", "held talks")]


def test_a_repeat_without_a_number_stays_one_meeting():
    text = ("Indian and Brazilian ministers co-chaired the fourth meeting of the India-Brazil Joint "
            "Commission in New Delhi on Tuesday. During the meeting, they discussed trade.")
    assert _meetings(text) == [("talks", "IND", "BRA", "asserted", "meeting")]


def test_the_number_of_a_session():
    text = "The two ministers co-chaired the fourth meeting of the India-Brazil Joint Commission on Tuesday."
    assert [session_number(e) for e in extract(text, DAY) if e.event_type == "meeting"] == [4]
    text = "India and Brazil held the 12th India-Brazil Strategic Dialogue in New Delhi on Tuesday."
    assert [session_number(e) for e in extract(text, DAY) if e.event_type == "meeting"] == [12]
    text = "India and Brazil held their first strategic dialogue in New Delhi on Tuesday."
    assert [session_number(e) for e in extract(text, DAY) if e.event_type == "meeting"] == [None]
