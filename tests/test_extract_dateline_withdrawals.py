"""A withdrawal from a pact told in a lede takes no place from the dateline: a government leaves a
treaty by notice, not in the city the report was filed from (short texts written for these tests)."""

from __future__ import annotations

from datetime import date

from tests.conftest import extract, rows

DAY = date(2024, 3, 6)


def test_a_withdrawal_in_the_lede_is_not_placed_at_the_dateline():
    text = ("LIMA, March 6 - Peru said on Wednesday that it was leaving its fisheries pact with Chile.\n\n"
            "The decision surprised officials.")
    assert rows(extract(text, DAY), event_type="agreement") == {
        ("agreement", "withdraw", "PER", "CHL", None, DAY)}


def test_a_deal_agreed_in_the_lede_is_still_placed_at_the_dateline():
    text = ("LIMA, March 6 - Peru and Chile agreed on Wednesday to a new fisheries pact.\n\n"
            "The decision surprised officials.")
    assert rows(extract(text, DAY), event_type="agreement") == {
        ("agreement", "agree", "PER", "CHL", "PER", DAY)}


def test_a_withdrawal_that_names_its_place_keeps_it():
    text = ("LIMA, March 6 - Peru said on Wednesday in Geneva that it was leaving its fisheries pact with Chile.\n\n"
            "The decision surprised officials.")
    assert {row[4] for row in rows(extract(text, DAY), event_type="agreement")} == {"CHE"}
