"""Exact events out of short texts written for these tests: "agreed to" + an act that is no deal
of the agreeing sides (backing a third country, meeting again, the relations of two of a list),
and lists agreeing among themselves, which stay deals of each pair."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("text, expected", [
    # Three listed countries backing a force or mission aimed at a fourth: backing by each (the
    # bare "back" after "to" is the verb, which reads "a UN mission" as backing of the UN too,
    # as "support a UN mission" does).
    ("Peru, Chile and Ecuador have agreed to back a UN mission to Bolivia.",
     {("statement", "support", "PER", "BOL", "asserted"), ("statement", "support", "CHL", "BOL", "asserted"),
      ("statement", "support", "ECU", "BOL", "asserted"),
      ("statement", "support", "PER", "UNO", "asserted"), ("statement", "support", "CHL", "UNO", "asserted"),
      ("statement", "support", "ECU", "UNO", "asserted")}),
    ("Andean states Peru, Chile, Ecuador have agreed to back a UN force, led by Brazil to curb gang violence "
     "in Bolivia.",
     {("statement", "support", "PER", "BOL", "asserted"), ("statement", "support", "CHL", "BOL", "asserted"),
      ("statement", "support", "ECU", "BOL", "asserted"),
      ("statement", "support", "PER", "UNO", "asserted"), ("statement", "support", "CHL", "UNO", "asserted"),
      ("statement", "support", "ECU", "UNO", "asserted")}),
    ("Peru, Chile and Ecuador agreed to support Bolivia's bid for a council seat.",
     {("statement", "support", "PER", "BOL", "asserted"), ("statement", "support", "CHL", "BOL", "asserted"),
      ("statement", "support", "ECU", "BOL", "asserted")}),
    # A deal about the relations of two of the listed: the deal of those two.
    ("Leaders of Peru, Chile and Ecuador agreed to renew their commitment to a full normalization of "
     "Lima-Quito relations.",
     {("agreement", "agree", "PER", "ECU", "asserted")}),
    # Agreeing to meet again: the meeting to come, no deal of its own.
    ("Peru and Chile agreed to meet again in Lima.", {("meeting", "talks", "PER", "CHL", "planned")}),
    ("Peru and Chile signed a fishing pact and agreed to meet again in March.",
     {("agreement", "sign", "PER", "CHL", "asserted"), ("meeting", "talks", "PER", "CHL", "planned")}),
])
def test_agreed_act_that_is_no_deal_of_the_agreeing(text, expected):
    assert triples(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # A list agreeing on something among themselves: deals of the first-named with each.
    ("Peru, Chile and Ecuador agreed to share fishing data.",
     {("agreement", "agree", "PER", "CHL", "asserted"), ("agreement", "agree", "PER", "ECU", "asserted")}),
    # Two sides agreeing to back a third: still their deal (the list needs three or more).
    ("Peru and Chile agreed to back a UN mission to Bolivia.",
     {("agreement", "agree", "PER", "CHL", "asserted"), ("statement", "support", "PER", "UNO", "asserted"),
      ("statement", "support", "CHL", "UNO", "asserted")}),
    # Agreeing to meet at set times sets up a mechanism: a deal beside the meetings.
    ("Peru and Chile agreed to meet every year.",
     {("agreement", "agree", "PER", "CHL", "asserted"), ("meeting", "talks", "PER", "CHL", "planned")}),
    # Agreeing to hold talks is still a deal beside the talks.
    ("Peru and Chile agreed to hold talks next month.",
     {("agreement", "agree", "PER", "CHL", "planned"), ("meeting", "talks", "PER", "CHL", "planned")}),
])
def test_deals_the_rule_leaves(text, expected):
    assert triples(extract(text)) == expected
