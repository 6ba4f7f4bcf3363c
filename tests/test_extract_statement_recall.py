"""Statements the rules used to miss although a trigger and both sides are in the text: each
test is one construction, in sentences of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, statements


@pytest.mark.parametrize("text, expected", [
    # "called the <noun> <judgement>": any act told before, not only "the move" or "the decision"
    (("Chile's navy held live-fire drills off its northern coast on Monday. Peru's foreign minister "
     "called the navy's conduct a reckless provocation."), {("criticism", "PER", "CHL", "negative")}),
    ("Bolivia signed a gas deal with Chile on Monday. Peru called the pipelines illegal.",
     {("criticism", "PER", "BOL", "negative"), ("criticism", "PER", "CHL", "negative")}),
    (("Chile's president spoke with Peru's president by phone. The Chilean leader described the "
     "conversation as excellent."), {("praise", "CHL", "PER", "positive")}),
    # a person after the determiner is judged as such, not as the latest act
    ("Chile expelled two Peruvian diplomats. Bolivia called the Chilean president a dictator.",
     {("criticism", "BOL", "CHL", "negative")}),
    # judging words of either kind that the classes once lacked
    ("Chile's president met Peru's president in Lima on Monday. A Bolivian minister called the meeting very interesting.",
     {("praise", "BOL", "CHL", "positive"), ("praise", "BOL", "PER", "positive")}),
    ("Chile and Peru signed a border treaty on Monday. The Bolivian president called it a contribution to regional peace.",
     {("praise", "BOL", "CHL", "positive"), ("praise", "BOL", "PER", "positive")}),
    ("Chile sent armed guards into Peru last week. Peru's defence minister called them mercenaries.",
     {("criticism", "PER", "CHL", "negative")}),
    ("Chile closed its border with Peru on Monday. Peru's foreign minister called the closure a problem for both peoples.",
     {("criticism", "PER", "CHL", "negative")}),
])
def test_a_call_verb_judges_the_act_its_noun_names(text, expected):
    assert statements(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "wrote (on social media) that ...": a reporting verb like "said"
    ("Peru's foreign minister wrote on social media that Chile had violated the border treaty.",
     {("criticism", "PER", "CHL", "negative")}),
    ("Peru's foreign minister wrote that Chile was a trusted partner.", {("comment", "PER", "CHL", "positive")}),
    # a letter written to someone tells nothing said
    ("Peru's foreign minister wrote a letter to his Chilean counterpart.", set()),
])
def test_wrote_reports_what_was_said(text, expected):
    assert statements(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "accused its neighbour", "condemned its neighbour": the other side of the speaker's latest dealings
    ("Peru closed its border with Bolivia in March. Lima also accused its neighbour of sheltering smugglers.",
     {("accusation", "PER", "BOL", "negative")}),
    ("Peru closed its border with Bolivia in March. Lima called on its neighbour to settle the dispute.",
     {("appeal", "PER", "BOL", "neutral")}),
    ("Chile expelled two Bolivian diplomats on Monday. Bolivia's foreign ministry condemned its neighbour.",
     {("criticism", "BOL", "CHL", "negative")}),
])
def test_a_side_named_by_its_relation_is_the_latest_counterpart(text, expected):
    assert statements(extract(text)) == expected


def test_welcoming_the_move_after_a_trip_of_ones_own_judges_the_act_before_it():
    # the speaker's own trip is no act it would welcome: the decision is the lifting before it
    events = extract("Chile lifted its sanctions on Peru on Monday. Peru's foreign minister travelled to "
                     "La Paz on Tuesday. Peruvian officials welcomed the decision.")
    assert statements(events) == {("praise", "PER", "CHL", "positive")}


@pytest.mark.parametrize("text, expected", [
    # "reaffirmed (that) ...": a reporting verb like "reiterated"
    ("Peru's foreign minister reaffirmed that Chile was a trusted partner.", {("comment", "PER", "CHL", "positive")}),
    ("Peru's president reaffirms that Chile violated the treaty.", {("criticism", "PER", "CHL", "negative")}),
    ("Peru's president reaffirmed his country's support for Chile.", {("support", "PER", "CHL", "positive")}),
])
def test_reaffirmed_reports_what_was_said(text, expected):
    assert statements(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "officials in <capital>" speak for its country, as "the government in <capital>" does
    ("Officials in Lima said Chile had violated the treaty.", {("criticism", "PER", "CHL", "negative")}),
    ("Senior officials in Lima told reporters that Chile was a trusted partner.", {("comment", "PER", "CHL", "positive")}),
    # diplomats in a capital are mostly other countries' envoys; officials in Brussels mostly the EU's or NATO's
    ("Diplomats in Lima said Chile had violated the treaty.", set()),
    ("Officials in Brussels said Chile had violated the treaty.", set()),
    # after a preposition they are people in a place, not a government: the talks are Peru's and Chile's
    ("Peru held talks with Chile last month between senior officials in Lima.", set()),
])
def test_officials_in_a_capital_speak_for_its_country(text, expected):
    assert statements(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "replied that", "responded that", "made (it) clear that", "acknowledged that", "reminded X that":
    # reporting verbs like "said"
    ("Chile's foreign minister replied that Peru had violated the treaty.", {("criticism", "CHL", "PER", "negative")}),
    ("Peru responded that Chile was a trusted partner.", {("comment", "PER", "CHL", "positive")}),
    ("Peru has made it clear that Chile's claim violated the treaty.", {("criticism", "PER", "CHL", "negative")}),
    ("Peru made clear that Chile would not be invited to the summit.", {("comment", "PER", "CHL", "neutral")}),
    ("Peru's president acknowledged that Chile had been a reliable partner.", {("comment", "PER", "CHL", "neutral")}),
    ("Peru reminded Chile that it had violated the treaty.", {("criticism", "PER", "CHL", "negative")}),
    # "signalled that", "assured X that", "pointed out that", "underscored that"
    ("Peru has signalled that Chile's claim violated the treaty.", {("criticism", "PER", "CHL", "negative")}),
    ("Peru's president assured Chile that the border would stay open.", {("comment", "PER", "CHL", "neutral")}),
    ("Peru's foreign minister pointed out that Chile had violated the treaty.", {("criticism", "PER", "CHL", "negative")}),
    ("Peru underscored that Chile was a trusted partner.", {("comment", "PER", "CHL", "positive")}),
])
def test_replies_and_reminders_report_what_was_said(text, expected):
    assert statements(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "objected (when X did ...)": criticism, as "protested" is
    ("Peru objected when Chile renamed the islands.", {("criticism", "PER", "CHL", "negative")}),
    ("Peru objected to Chile's claim.", {("criticism", "PER", "CHL", "negative")}),
])
def test_objected_is_criticism(text, expected):
    assert statements(extract(text)) == expected
