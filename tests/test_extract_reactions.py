"""Reactions to what others did or said, from short sentences written for these tests: the
medium of a statement, a judgement told with "as", a reaction to something said, and the doer
of a judged act named by a possessive after "by"."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract


def _statements(events) -> set[tuple]:
    return {(e.event_mode, e.actor_country, e.target_country) for e in events if e.event_type == "statement"}


@pytest.mark.parametrize("text, expected", [
    # "in a joint statement" is where it was said, not an event between the reported verb and "they"
    ("Chile lifted its tariffs on Peru. Brazil and Uruguay said in a joint statement that they welcomed the move.",
     {("praise", "BRA", "CHL"), ("praise", "URY", "CHL")}),
    # "described X as Y and urged ...": the "as" of the judgement opens no clause of its own
    # (the judgement of a launch by nobody named takes the hearer of the joined appeal)
    ("Norway described the launch as reckless and urged Tehran to stop.",
     {("appeal", "NOR", "IRN"), ("criticism", "NOR", "IRN")}),
    ("Russia condemned the recognition as a usurpation and warned Iran against any intervention.",
     {("threat", "RUS", "IRN")}),
    # a letter, remarks, a recognition: what was said is what the reaction points back at
    ("The Italian prime minister backed Tunisia's plan in a letter to President Saied. Tunisia welcomed the letter.",
     {("support", "ITA", "TUN"), ("praise", "TUN", "ITA")}),
    # a day's possessive before the noun, and a possessor after "by" whose body is unknown
    ("Canada welcomed today's announcement by Japan's Ministry of Economy that the levies would end.",
     {("praise", "CAN", "JPN")}),
    ("Canada welcomed the offer by Japan's trade office.", {("praise", "CAN", "JPN")}),
])
def test_reactions(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # an envoy summoned in the passive: by the agent, the ministry's state, else by whom the
    # envoy's country last dealt with; with nobody known, nothing
    ("The Peruvian ambassador was summoned by Chile.", {("criticism", "CHL", "PER")}),
    ("The Peruvian ambassador was summoned to the Chilean foreign ministry.", {("criticism", "CHL", "PER")}),
    ("Mexico closed its embassy in Quito. The Ecuadorian ambassador was summoned.", {("criticism", "MEX", "ECU")}),
    ("Peru's ambassador was summoned on Monday.", set()),
    # "the move" when only something said to the speaker was told before
    ("Chile urged Brazil to act. Brazil condemned the move.",
     {("appeal", "CHL", "BRA"), ("criticism", "BRA", "CHL")}),
])
def test_summons_and_moves(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # "Friday's decision" is the latest act told for that day, past acts of other days
    ("Chile lifted its tariffs on Peru on Friday. Bolivia cut ties with Peru in May. Brazil welcomed Friday's decision.",
     {("praise", "BRA", "CHL")}),
    ("Chile lifted its tariffs on Peru in May. Brazil welcomed Friday's decision.", set()),
])
def test_a_days_decision_is_that_days_act(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # a deployment judged: whose forces ("of Russian troops"), else where they went ("in Peru")
    ("Poland condemned the deployment of Russian troops in Belarus.", {("criticism", "POL", "RUS")}),
    ("Chile and Bolivia condemned the deployment of mercenaries in Peru.",
     {("criticism", "CHL", "PER"), ("criticism", "BOL", "PER")}),
])
def test_a_judged_deployment(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # a statement told as the purpose of a call is aimed at the one called
    ("Lula telephoned Boric to offer his backing.", {("support", "BRA", "CHL")}),
    ("Lula telephoned Boric to offer condolences.", {("sympathy", "BRA", "CHL")}),
    # offered to nobody named: to the one other country the sentence names
    ("Lula met Boric in Brasilia, and Chile later offered condolences.", {("sympathy", "CHL", "BRA")}),
    ("Lula met Boric in Brasilia, and Chile later offered condolences to Peru.", {("sympathy", "CHL", "PER")}),
])
def test_a_statement_as_the_purpose_of_a_call(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # "it" as the one accused is the country named before it, not the speaker
    ("Japan met Peru and accused it of spying.", {("accusation", "JPN", "PER")}),
    ("Peru said Chile was lying and accused it of spying.", {("accusation", "PER", "CHL")}),
    ("Japan accused it of spying.", set()),
])
def test_it_as_the_one_accused(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # a worry about what happens in a country is aimed at that country
    ("The African Union voiced concern about the violence in Sudan.", {("concern", "AFU", "SDN")}),
    ("Japan discussed events in Myanmar and expressed concern over the situation in the country.",
     {("concern", "JPN", "MMR")}),
    # an event's venue is not what the worry is about
    ("Japan voiced concern over the talks in Beijing.", set()),
])
def test_concern_over_the_situation_in_a_country(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


def test_the_meeting_told_again_with_one_side_unknown_is_the_earlier_one():
    text = "Lula met Boric in Santiago on Monday. On Tuesday Lula met Pike. Russia welcomed the meeting."
    assert _statements(extract(text, date(2024, 3, 4))) == {("praise", "RUS", "BRA"), ("praise", "RUS", "CHL")}


@pytest.mark.parametrize("text, expected", [
    # "his" inside "a warrant for his arrest" is the person named before, not the court
    ("Netanyahu cancelled the trip because the International Criminal Court issued a warrant for his arrest.",
     {("accusation", "ICC", "ISR")}),
    ("The International Criminal Court issued a warrant for his arrest.", set()),
])
def test_a_warrant_for_his_arrest(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # a warning told with a judgement in one sentence is a statement of its own
    ("Moldova expelled 45 Russian diplomats. Moscow described the move as hostile and said it would not go unanswered.",
     {("criticism", "RUS", "MDA"), ("threat", "RUS", "MDA")}),
    # an appeal after a condemnation or a worry is an act of its own too
    ("Iran tested a rocket. Germany condemned the test and called on Tehran to stop.",
     {("criticism", "DEU", "IRN"), ("appeal", "DEU", "IRN")}),
    ("Germany voiced concern about the situation in Niger and urged the junta in Niamey to release Bazoum.",
     {("concern", "DEU", "NER"), ("appeal", "DEU", "NER")}),
    # backing and praise are two acts too
    ("Chile backed Peru and praised Lima for its courage.", {("support", "CHL", "PER"), ("praise", "CHL", "PER")}),
    # praise and an appeal of one speaker to one target in one sentence stay one statement
    ("Iran freed two prisoners. Germany welcomed the release by Iran and called on Tehran to free the others.",
     {("praise", "DEU", "IRN")}),
])
def test_an_act_of_its_own_is_not_merged_into_a_judgement(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # "the vote", "the decision": an act that was done, not one that may come or was not done
    (("Chile's parliament voted on Monday to ratify the treaty with Peru. Chile could buy jets from Brazil next year. "
      "Bolivia welcomed the vote."), {("praise", "BOL", "CHL"), ("praise", "BOL", "PER")}),
    ("Chile lifted its tariffs on Peru. Argentina did not sanction Peru. Bolivia welcomed the decision.",
     {("praise", "BOL", "CHL")}),
])
def test_a_reaction_is_to_an_act_done(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # troops deployed for drills are part of the drills (no deployment of their own): a worry
    # about them is aimed at the first side of the drills
    (("Chile and Bolivia began joint military exercises on Monday, deploying troops to training grounds in Bolivia. "
      "Peru voiced concern over the manoeuvres."), {("concern", "PER", "CHL")}),
])
def test_a_reaction_to_drills_told_with_their_deployments(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # criticism a visit drew, told in a relative clause after it, is aimed at the visitor, not the host
    ("The trip came weeks after Lula's visit to Lima, which drew sharp criticism from Bolivia.",
     {("criticism", "BOL", "BRA")}),
    ("Peru drew sharp criticism from Bolivia.", {("criticism", "BOL", "PER")}),
])
def test_criticism_a_visit_drew_is_aimed_at_the_visitor(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # another country's support raised by a speaker is that country's conduct, raised with it
    ("Lula raised Peru's support for Bolivia.", {("concern", "BRA", "PER")}),
    # the speaker's own country's support, or support voiced, is the speaker's
    ("Lula voiced Brazil's support for Peru.", {("support", "BRA", "PER")}),
])
def test_support_of_another_raised_is_a_concern_about_it(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # a warning about arms sent to a country is aimed at whoever was told sending them
    ("Brazil agreed to supply tanks to Peru. Chile warned that any weapons supplied to Lima would be legitimate targets.",
     {("concern", "CHL", "BRA")}),
    # with no supplier told, the country named stays the one guessed
    ("Chile warned that any weapons supplied to Lima would be legitimate targets.", {("concern", "CHL", "PER")}),
])
def test_a_warning_about_arms_sent_is_aimed_at_the_supplier(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected
