"""'The two leaders' after a side deal told of states ("Chile agreed to grant Brazil ...") are
the story's pair, not the pair of that deal; after talks of people the latest pair holds. A speaker
of one side reporting what "the two sides" did puts that side first."""

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


def test_a_speaker_of_the_second_side_puts_it_first():
    text = ("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Nairobi on Monday. "
            "Hassan said on Tuesday that the two sides had agreed to reopen the border post.")
    assert {(e.event_type, e.event_mode, e.actor_country, e.target_country, e.place_country)
            for e in extract(text, date(2023, 5, 10)) if e.event_type == "agreement"} == {
        ("agreement", "agree", "TZA", "KEN", "KEN")}


def test_a_speaker_of_the_first_side_keeps_the_order():
    text = ("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Nairobi on Monday. "
            "Ruto said on Tuesday that the two sides had agreed to reopen the border post.")
    assert {(e.event_type, e.event_mode, e.actor_country, e.target_country)
            for e in extract(text, date(2023, 5, 10)) if e.event_type == "agreement"} == {
        ("agreement", "agree", "KEN", "TZA")}
