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
