""""X took place in Y on Z": the place and date after "take place" are the noun's before it
(sentences written for these tests)."""

from __future__ import annotations

from datetime import date

from tests.conftest import extract

DAY = date(2024, 5, 10)


def _meetings(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.actor_country, e.target_country, e.place_country, str(e.date_start))
            for e in extract(text, DAY) if e.event_type == "meeting"]


def test_a_summit_that_took_place_in_a_city_was_held_there_then():
    text = "The first summit between Ruto and Museveni took place in Kampala in April 2019."
    assert _meetings(text) == [("KEN", "UGA", "UGA", "2019-04-01")]


def test_talks_that_took_place_on_a_weekday_take_its_day():
    assert _meetings("Talks between Kenya and Uganda took place in Kampala on Monday.") == [
        ("KEN", "UGA", "UGA", "2024-05-06")]


def test_a_new_subject_with_its_own_verb_still_keeps_its_place():
    text = "Ruto met Museveni on Monday, and the two leaders met Kagame in Kigali on Tuesday."
    assert ("KEN", "UGA", None, "2024-05-06") in _meetings(text)
