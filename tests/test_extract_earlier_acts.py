"""A statement or measure the text dates two or more days before the story's day stays apart
from one dated by the story's day alone (own wording)."""

from __future__ import annotations

from datetime import date

from tests.conftest import extract

MONDAY = date(2023, 3, 20)


def _rows(text: str) -> list[tuple[str, str, str | None, str | None, str | None, str, str, str]]:
    return sorted((e.event_type, e.event_mode, e.actor_country, e.target_country, e.place_country,
                   str(e.date_start), e.date_precision, e.modality) for e in extract(text, MONDAY))


def test_a_protest_told_two_days_back_is_another_statement():
    text = ("Norway condemned Belarus for its treatment of the opposition.\n\n"
            "Norway has long been a critic of the government in Minsk.\n\n"
            "On Saturday, Norway had condemned Belarus over the detention of its diplomat.")
    assert _rows(text) == [
        ("statement", "criticism", "NOR", "BLR", None, "2023-03-18", "day", "asserted"),
        ("statement", "criticism", "NOR", "BLR", None, "2023-03-20", "day", "asserted")]


def test_a_protest_told_the_day_before_is_the_same_statement():
    text = ("Norway condemned Belarus for its treatment of the opposition.\n\n"
            "Norway has long been a critic of the government in Minsk.\n\n"
            "On Sunday, Norway had condemned Belarus over the detention of its diplomat.")
    assert _rows(text) == [("statement", "criticism", "NOR", "BLR", None, "2023-03-19", "day", "asserted")]


def test_sanctions_told_two_days_back_are_an_earlier_round():
    text = ("Washington sanctioned two Iranian banks.\n\n"
            "The banks had financed drone sales.\n\n"
            "On Saturday, Washington had sanctioned Iran's oil minister.")
    assert _rows(text) == [
        ("sanction", "impose", "USA", "IRN", None, "2023-03-18", "day", "asserted"),
        ("sanction", "impose", "USA", "IRN", None, "2023-03-20", "day", "asserted")]
