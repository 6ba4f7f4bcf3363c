"""Talks still to come, of no stated day, are not placed where the report was filed or where a
trip of the day was (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

from tests.conftest import extract


def _talks(text: str, day: date) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.actor_country, e.target_country, e.place_country, e.modality)
            for e in extract(text, day) if e.event_type == "meeting"]


def test_talks_agreed_for_later_are_held_nowhere_yet():
    text = "GENEVA, May 8 - Biden met Putin on Wednesday. The two leaders agreed to hold talks on arms control."
    assert _talks(text, date(2024, 5, 8)) == [("USA", "RUS", "CHE", "asserted"), ("USA", "RUS", None, "planned")]


def test_talks_to_come_keep_the_place_the_sentence_gives():
    text = ("GENEVA, May 8 - Biden met Putin on Wednesday. "
            "The two leaders agreed to hold talks on arms control in Oslo next month.")
    assert ("USA", "RUS", "NOR", "planned") in _talks(text, date(2024, 5, 8))


def test_talks_due_later_the_same_day_are_where_the_report_was_filed():
    text = ("WASHINGTON, May 9 - Biden received Kishida at the White House on Thursday. "
            "Later on Thursday, Biden and Kishida were due to meet Philippine President Ferdinand Marcos Jr.")
    assert ("USA", "PHL", "USA", "planned") in _talks(text, date(2024, 5, 9))
