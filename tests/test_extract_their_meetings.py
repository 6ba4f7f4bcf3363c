"""A meeting of the latest pair told by "their" with an ordinal or like word (own wording)."""

from __future__ import annotations

from datetime import date

from tests.conftest import extract


def _meetings(text: str) -> set[tuple]:
    return {(e.actor_country, e.target_country, e.place_country, e.date_start)
            for e in extract(text) if e.event_type == "meeting"}


def test_their_second_summit_is_another_meeting_of_the_pair_with_its_own_date_and_place():
    text = ("Brazilian President Lula met Argentine President Javier Milei in Brasilia on Monday. "
            "Their first summit, in Buenos Aires in March, ended without a joint statement.")
    assert _meetings(text) == {("BRA", "ARG", "BRA", date(2024, 6, 17)), ("BRA", "ARG", "ARG", date(2024, 3, 1))}


def test_their_previous_meeting_is_the_pair_s_earlier_meeting():
    text = ("Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni on Tuesday. "
            "Their previous meeting, in Kampala in May, was cut short.")
    assert _meetings(text) == {("KEN", "UGA", None, date(2024, 6, 18)), ("KEN", "UGA", "UGA", date(2024, 5, 1))}


def test_their_plain_talks_stay_one_meeting_and_another_word_makes_none():
    text = ("Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni on Tuesday. "
            "Their talks covered trade and the border.")
    assert _meetings(text) == {("KEN", "UGA", None, date(2024, 6, 18))}
