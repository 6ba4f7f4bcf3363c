"""Deals listed after a signing, one item a line, as press releases list them: each item that
names a deal is a signing of its own by the sides of that signing, on its day."""

from __future__ import annotations

from datetime import date

from tests.conftest import extract


def _signings(text: str) -> list[tuple]:
    return sorted((e.actor_country, e.target_country, str(e.date_start), e.evidence[0].sentence[:12])
                  for e in extract(text, date(2024, 6, 19)) if e.event_type == "agreement" and e.event_mode == "sign")


def test_each_deal_listed_after_a_signing_is_a_signing_of_its_own():
    text = ("Chile and Peru signed the following documents in Lima on Monday:\n\n"
            "- Memorandum of Understanding on fisheries cooperation;\n\n"
            "- Agreement on the mutual recognition of driving licences;\n\n"
            "- Treaty on the transfer of sentenced persons.\n\n"
            "The two presidents then held talks.")
    events = _signings(text)
    assert len(events) == 3
    assert {event[:3] for event in events} == {("CHL", "PER", "2024-06-17")}


def test_lettered_items_naming_their_sides_keep_the_lists_day():
    text = ("The two leaders, Chilean President Gabriel Boric and Peruvian President Dina Boluarte, witnessed "
            "the signing of two agreements on Monday:\n\n"
            "(a) the Agreement between Chile and Peru on fisheries;\n\n"
            "(b) the Treaty between Chile and Peru on extradition.")
    assert [event[:3] for event in _signings(text)] == [("CHL", "PER", "2024-06-17")] * 2


def test_items_of_a_list_that_name_no_deal_add_no_signing():
    text = ("Chile and Peru signed a fisheries accord in Lima on Monday, and listed their aims:\n\n"
            "- more trade in fish;\n\n"
            "- joint patrols.")
    assert len(_signings(text)) == 1


def test_a_list_after_a_sentence_that_tells_no_signing_is_no_list_of_deals():
    text = ("Chile and Peru held talks in Lima on Monday. They discussed:\n\n"
            "- a Memorandum of Understanding on fisheries;\n\n"
            "- an Agreement on driving licences.")
    assert _signings(text) == []
