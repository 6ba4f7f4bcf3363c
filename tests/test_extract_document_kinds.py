"""Two signings by the same sides told in two sentences are two events when the papers differ
in kind (a joint statement and an accord) or in subject (on fishing, on electricity)."""

from __future__ import annotations

from datetime import date

from tests.conftest import extract

DAY = date(2024, 5, 14)


def _signed(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return sorted((e.event_mode, e.actor_country, e.target_country, e.evidence[0].trigger)
                  for e in extract(text, DAY) if e.event_type == "agreement")


def test_a_joint_statement_and_an_accord_are_two_papers():
    text = ("Vietnam and Indonesia signed a joint statement on Monday. "
            "Earlier, the two countries signed an accord easing tariffs on coffee.")
    assert _signed(text) == [("sign", "VNM", "IDN", "accord"), ("sign", "VNM", "IDN", "joint statement")]


def test_agreements_on_another_subject_are_another_signing():
    text = ("Chile and Peru signed an agreement on fishing quotas on Monday. "
            "The two presidents also witnessed the signing of agreements on electricity exports.")
    assert _signed(text) == [("sign", "CHL", "PER", "agreement"), ("sign", "CHL", "PER", "agreements")]


def test_the_same_subject_told_again_is_one_signing():
    text = ("Chile and Peru signed an agreement on fishing quotas on Monday. "
            "The two presidents signed the agreement on fishing rights at the palace.")
    assert _signed(text) == [("sign", "CHL", "PER", "agreement")]


def test_a_deal_called_an_agreement_again_is_one_signing():
    text = "Chile and Peru signed a trade agreement on Monday. The deal was signed by the two presidents at the palace."
    assert _signed(text) == [("sign", "CHL", "PER", "agreement")]


def test_a_memorandum_called_an_agreement_again_is_one_signing():
    text = ("Chile and Peru signed a memorandum of understanding on energy on Monday. "
            "The agreement was signed at the palace.")
    assert _signed(text) == [("sign", "CHL", "PER", "memorandum of understanding")]


def test_a_day_after_on_is_no_subject():
    text = ("Chile and Peru signed an agreement on Monday. "
            "The two presidents signed the agreement on energy at the palace on Monday.")
    assert _signed(text) == [("sign", "CHL", "PER", "agreement")]
