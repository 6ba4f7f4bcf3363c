"""Ratification left to each side's procedures at home, as signing statements tell it: the sides
of the deal signed last ratify it, planned, one event for each side (each ratifies at home)."""

from __future__ import annotations

from tests.conftest import extract


def _ratified(text: str) -> set[tuple]:
    return {(e.actor_country, e.target_country, e.modality, e.date_start, e.place_country)
            for e in extract(text) if e.event_type == "agreement" and e.event_mode == "ratify"}


def test_entry_into_force_after_both_sides_complete_their_procedures_is_a_planned_ratification():
    text = ("Chile and Peru signed a fisheries accord in Lima on Monday. The accord will enter into force "
            "once both sides have completed their internal legal procedures.")
    assert _ratified(text) == {("CHL", "PER", "planned", None, None), ("PER", "CHL", "planned", None, None)}


def test_a_treaty_submitted_to_both_parliaments_for_ratification():
    text = ("Ghana and Togo signed a border treaty on Tuesday. The treaty is to be submitted to the "
            "legislatures of both countries for ratification.")
    assert _ratified(text) == {("GHA", "TGO", "planned", None, None), ("TGO", "GHA", "planned", None, None)}


def test_each_side_proceeding_with_its_domestic_procedures_ratifies_the_deal_signed_before():
    text = ("Kenya and Ethiopia reached agreement in principle in 2021. Kenyan President William Ruto and "
            "Ethiopian Prime Minister Abiy Ahmed signed a trade pact in Nairobi on Monday. Each side will "
            "proceed with the domestic procedures necessary for the entry into force of the pact.")
    assert _ratified(text) == {("KEN", "ETH", "planned", None, None), ("ETH", "KEN", "planned", None, None)}


def test_procedures_of_one_side_alone_ratify_nothing():
    text = ("Chile and Peru signed a fisheries accord in Lima on Monday. Chile's Congress has begun "
            "its domestic procedures for the accord's entry into force.")
    assert _ratified(text) == set()


def test_procedures_with_no_deal_signed_before_ratify_nothing():
    text = ("Chile and Peru held talks in Lima on Monday. Any future accord will enter into force after "
            "both sides complete their domestic procedures.")
    assert _ratified(text) == set()


def test_procedures_already_completed_ratify_nothing_planned():
    text = ("Chile and Peru signed a fisheries accord in 2019. It entered into force in 2020 after both "
            "sides completed their domestic procedures.")
    assert _ratified(text) == set()
