"""Deals told by a participle and their partner: "the arrangement reached with China" (own wording)."""

from __future__ import annotations

import pytest

from tests.conftest import extract

_TALKS = "Tanzanian President Samia Suluhu Hassan held talks with Zambian President Hakainde Hichilema. "


def _deals(text: str) -> set[tuple]:
    return {(e.event_type, e.event_mode, e.actor_country, e.target_country, str(e.date_start))
            for e in extract(text) if e.event_type == "agreement"}


@pytest.mark.parametrize(("sentence", "expected"), [
    # "reached with" the partner: an agreeing with the other side of the latest pair
    ("The accord reached with Lusaka in May cut rail tariffs.",
     {("agreement", "agree", "TZA", "ZMB", "2024-05-01")}),
    # "concluded with" the partner, the sentence naming the other side
    ("Kenya said it would end the defence agreement concluded with Uganda in 2019.",
     {("agreement", "sign", "KEN", "UGA", "2019-01-01")}),
])
def test_a_deal_made_with_a_partner_is_made_by_the_other_side(sentence, expected):
    assert _deals(_TALKS + sentence) == expected


def test_a_deal_made_with_a_partner_needs_the_other_side():
    assert _deals("The accord reached with Lusaka in May cut rail tariffs.") == set()


@pytest.mark.parametrize(("sentence", "expected"), [
    # a dated deal with no sides named: the latest pair's signing in that year
    ("The dispute was settled by the 1964 treaty that opened the border.",
     {("agreement", "sign", "TZA", "ZMB", "1964-01-01")}),
    ("The new tariffs breach a 2011 trade agreement, traders said.",
     {("agreement", "sign", "TZA", "ZMB", "2011-01-01")}),
    # the two countries the sentence names
    ("Kenya said it broke no rule of the 2017 memorandum, Uganda's envoy said.",
     {("agreement", "sign", "KEN", "UGA", "2017-01-01")}),
    # not one told with its broker, nor one of many sides
    ("Dodoma says the 2015 peace agreement brokered by Kenya still holds.", set()),
    ("Dodoma says the 2015 nuclear agreement still holds.", set()),
])
def test_a_dated_deal_with_no_sides_named_is_the_latest_pairs(sentence, expected):
    assert _deals(_TALKS + sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a time between the participle and "between": the sides it lists, the first as actor
    ("Critics faulted the fisheries pact agreed last month between Chile, Peru and Ecuador.",
     {("agreement", "agree", "CHL", "PER", "2024-05-01"), ("agreement", "agree", "CHL", "ECU", "2024-05-01")}),
    ("The accord, reached between Ghana and Togo in March, opened the border.",
     {("agreement", "agree", "GHA", "TGO", "2024-03-01")}),
    # an auxiliary before the participle, the partner after "with"
    ("The arrangement had been agreed with Lusaka in May, officials said.",
     {("agreement", "agree", "TZA", "ZMB", "2024-05-01")}),
    # "agreed by" one side: that side first, the other the sentence names second
    ("Uganda backed the roadmap agreed by Kenya in April.",
     {("agreement", "agree", "KEN", "UGA", "2024-04-01")}),
])
def test_a_participle_of_making_names_the_sides_after_a_time(sentence, expected):
    assert _deals(sentence if "Lusaka" not in sentence else _TALKS + sentence) == expected


def test_signed_by_stays_a_signing():
    assert _deals("The fisheries pact signed last month by Chile and Peru took effect.") == {
        ("agreement", "sign", "CHL", "PER", "2024-05-01")}
