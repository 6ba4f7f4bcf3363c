"""Agreements named by a noun phrase: leaving a deal and whom it is aimed at."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract


def _withdrawals(text: str) -> set[tuple]:
    return {(e.actor_country, e.target_country, str(e.date_start))
            for e in extract(text, date(2023, 4, 4)) if (e.event_type, e.event_mode) == ("agreement", "withdraw")}


def test_a_deal_brokered_by_others_is_left_towards_them():
    text = ("Brazil said on Tuesday it was halting its participation in the fisheries initiative, "
            "the arrangement brokered by Norway and the European Union.")
    assert _withdrawals(text) == {("BRA", "NOR", "2023-04-04"), ("BRA", "EUU", "2023-04-04")}


def test_leaving_the_deal_again_is_aimed_at_its_sides_told_before():
    text = ("Brazil said on Tuesday it was halting its participation in the fisheries initiative, "
            "the arrangement brokered by Norway and the European Union. "
            "Brazil had briefly suspended its participation in March 2021.")
    assert _withdrawals(text) == {("BRA", "NOR", "2023-04-04"), ("BRA", "EUU", "2023-04-04"),
                                  ("BRA", "NOR", "2021-03-01"), ("BRA", "EUU", "2021-03-01")}


@pytest.mark.parametrize("text", [
    "Chile pulled out of the trade pact with Peru on Tuesday.",
    "Chile suspended its fisheries deal with Peru on Tuesday.",
])
def test_the_other_side_of_a_deal_left_is_named_with_with(text):
    assert _withdrawals(text) == {("CHL", "PER", "2023-04-04")}


def test_suspending_participation_in_talks_is_no_agreement_left():
    assert _withdrawals("Canada suspended its participation in the talks on Monday.") == set()
