"""Deals told in the passive with no signer, followed by when or what for ("were signed after
the talks", "were signed aimed at ..."): between the latest pair."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, triples

TALKS = "Chilean President Gabriel Boric held talks with Peruvian President Dina Boluarte in Lima on Monday. "


@pytest.mark.parametrize("sentence, expected", [
    ("Several agreements were signed after the talks.", ("agreement", "sign", "CHL", "PER", "asserted")),
    ("Four memoranda were signed following the meeting.", ("agreement", "sign", "CHL", "PER", "asserted")),
    ("A number of documents were signed aimed at closer cooperation in mining.",
     ("agreement", "sign", "CHL", "PER", "asserted")),
])
def test_a_passive_deal_with_no_signer_is_the_latest_pairs(sentence, expected):
    events = extract(TALKS + sentence, date(2024, 3, 5))
    assert {t for t in triples(events) if t[0] == "agreement"} == {expected}
    deal = next(e for e in events if e.event_type == "agreement")
    assert (deal.place_country, deal.date_start) == ("PER", date(2024, 3, 4))


def test_a_law_signed_by_a_leader_is_no_deal():
    assert triples(extract("The budget bill was signed into law on Friday.")) == set()
