"""A dated sanction told with no target hits the one country its actor sanctions elsewhere in
the article, even when that comes later (own wording)."""

from __future__ import annotations

from datetime import date

from dashboard.schema import GUESSED_TARGET_BASES, TARGET_BASIS_MEANING
from tests.conftest import extract, rows, triples


def test_a_waiver_told_first_eases_the_country_sanctioned_later():
    text = ("Ottawa signed a sanctions waiver in March allowing a bank to move funds. "
            "Canada imposed sanctions on Iran on Monday.")
    assert triples(extract(text)) == {("sanction", "ease", "CAN", "IRN", "asserted"),
                                      ("sanction", "impose", "CAN", "IRN", "asserted")}


def test_an_embargo_told_first_keeps_its_own_month():
    text = ("The EU's embargo on crude took effect in December. "
            "The EU imposed sanctions on Russian banks on Monday.")
    assert rows(extract(text), event_type="sanction") == {
        ("sanction", "impose", "EUU", "RUS", None, date(2023, 12, 1)),
        ("sanction", "impose", "EUU", "RUS", None, date(2024, 6, 17))}


def test_no_target_when_the_actor_sanctions_several_countries():
    text = ("Ottawa signed a sanctions waiver in March allowing a bank to move funds. "
            "Canada imposed sanctions on Iran and Syria on Monday.")
    assert triples(extract(text)) == {("sanction", "impose", "CAN", "IRN", "asserted"),
                                      ("sanction", "impose", "CAN", "SYR", "asserted")}


def test_an_undated_mention_gets_no_target():
    text = "Critics cite violations of Canadian sanctions. Canada imposed sanctions on Iran on Monday."
    assert triples(extract(text)) == {("sanction", "impose", "CAN", "IRN", "asserted")}


def test_the_borrowed_target_is_labelled_as_the_actors_other_sanctions():
    # The other sanction is told after the waiver, so "told before" would misdescribe it.
    text = ("Ottawa signed a sanctions waiver in March allowing a bank to move funds. "
            "Canada imposed sanctions on Iran on Monday.")
    bases = {event.event_mode: event.target_basis for event in extract(text)}
    assert bases == {"ease": "actor's other sanctions", "impose": "stated"}
    assert TARGET_BASIS_MEANING[bases["ease"]].startswith("guessed: the one country the actor sanctions")
    assert bases["ease"] in GUESSED_TARGET_BASES
