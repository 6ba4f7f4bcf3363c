"""'The two leaders' after a side deal told of states ("Chile agreed to grant Brazil ...") are
the story's pair, not the pair of that deal; after talks of people the latest pair holds."""

from __future__ import annotations

from datetime import date

from tests.conftest import extract


def _appeals(text: str) -> set[tuple]:
    return {(e.event_type, e.event_mode, e.actor_country, e.target_country, e.place_country, e.date_start)
            for e in extract(text, date(2023, 5, 10)) if e.event_mode == "appeal"}


def test_the_two_leaders_after_a_side_deal_of_states_are_the_story_pair():
    text = ("Argentine President Alberto Fernandez met Chilean President Gabriel Boric in Santiago on Tuesday. "
            "The two presidents agreed on a new border crossing. Chile agreed to grant Brazil rights to a new "
            "port. Boric said the port would stay Chilean. The two leaders also asked the United Nations to "
            "send observers.")
    assert _appeals(text) == {
        ("statement", "appeal", "ARG", "UNO", "CHL", date(2023, 5, 9)),
        ("statement", "appeal", "CHL", "UNO", None, date(2023, 5, 9))}


def test_the_two_leaders_after_talks_of_people_are_that_pair():
    text = ("Argentine President Alberto Fernandez met Chilean President Gabriel Boric in Santiago on Tuesday. "
            "The two presidents agreed on a new border crossing. Boric also held talks with Brazilian "
            "President Lula. The two leaders asked the United Nations to send observers.")
    assert {e[2] for e in _appeals(text)} == {"CHL", "BRA"}
