"""Pledges and offers (statement mode pledge, CAMEO 03) out of short sentences written for these
tests: whom the promised act would help, the finer code of what is promised, and what is no pledge."""

from __future__ import annotations

import pytest

from tests.conftest import extract


@pytest.mark.parametrize("text, expected", [
    # A pledge or offer of a cooperative act is aimed at whom the act would help; aid is 033.
    ("Japan pledged $200 million in aid to Nepal on Monday.", {("pledge", "033", "JPN", "NPL")}),
    ("Libya offered to hand over the two suspects to Britain.", {("pledge", "035", "LBY", "GBR")}),
    ("China is ready to help Pakistan rebuild after the floods.", {("pledge", "033", "CHN", "PAK")}),
    ("Chile and Peru are seeking to deepen their partnership in mining.", {("pledge", "030", "CHL", "PER")}),
    ("Morocco freed 30 fishermen in a goodwill gesture towards Spain.", {("pledge", "035", "MAR", "ESP")}),
    ("Morocco said it would free 30 fishermen as a goodwill gesture to Spain.", {("pledge", "035", "MAR", "ESP")}),
    ("Chad is willing to withdraw its soldiers from Niger.", {("pledge", "035", "TCD", "NER")}),
    # Aid still to come is pledged; aid already given is not.
    ("Norway will send relief supplies to Haiti.", {("pledge", "033", "NOR", "HTI")}),
    ("Norway sent relief supplies to Haiti.", set()),
    # Not a pledge: a hostile act, a ready-made event, a pair that already deepened ties.
    ("Russia vowed to punish Ukraine.", set()),
    ("Laos and Cambodia have continued to deepen their ties.", set()),
])
def test_pledges_and_offers_aim_at_who_the_act_would_help(text, expected):
    assert {(e.event_mode, e.cameo_code, e.actor_country, e.target_country)
            for e in extract(text) if e.event_type == "statement"} == expected


def test_a_pledge_of_arms_stays_an_arms_transfer():
    events = extract("Germany promised to send tanks to Ukraine.")
    assert [(e.event_type, e.event_mode) for e in events] == [("military", "arms_transfer")]


@pytest.mark.parametrize("text", [
    "Iran is ready to give a crushing response to Israel.",  # what is given must be aid
    "Israel vowed to free the hostages from Hamas.",  # "from" only for a withdrawal
])
def test_no_pledge_without_a_cooperative_act_toward_a_country(text):
    assert not [e for e in extract(text) if e.event_mode == "pledge"]
