"""Whom a statement is aimed at, out of short sentences written for these tests: the other side
when nobody is named, the author of what is rejected, who must meet a threat's condition, each
of several countries, the country of what a reported clause is about."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.extract.pipeline import extract_events
from tests.conftest import extract, statements


def test_welcoming_the_applications_of_several_countries_aims_at_each():
    events = extract("Chile and Peru applied to join the OAS on Monday. The Brazilian president welcomed the "
                     "applications.", date(2024, 3, 4))
    assert statements(events) == {("praise", "BRA", code, "positive") for code in ("CHL", "PER", "OAS")}


@pytest.mark.parametrize("text, expected", [
    # A reported clause about a thing is aimed at the other country its predicate names.
    # (a reassurance: "not ... isolate", "no threat" read as warm words turned round)
    ("The Chilean president said the plan was not meant to isolate Peru.", {("comment", "CHL", "PER", "positive")}),
    ("Chile said the exercise was no threat to Bolivia.", {("comment", "CHL", "BOL", "positive")}),
    # ... not at a partner, an owner, or the speaker's own country.
    ("Chile said the rescue succeeded with help from Peru.", set()),
    ("Chile said the harbour was a goal of Bolivia.", set()),
    ("Chile said the bridge would link Chile and Peru.", set()),
    # ... nor when the clause reports an event of its own (coded by that event's trigger).
    ("Chile said the minister would visit Peru next week.", set()),
])
def test_a_reported_clause_about_a_thing_is_aimed_at_the_country_of_its_predicate(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # An issue raised with nobody named is raised with the other side of the speaker's talks.
    ("The Chilean president met the Peruvian president in Lima. He raised the case of a detained fisherman.",
     {("concern", "CHL", "PER", "negative")}),
    ("Chile raised the issue directly with Peru.", {("concern", "CHL", "PER", "negative")}),
    # "raised" something that is no issue (prices, a flag) is no statement.
    ("The Chilean president met the Peruvian president in Lima. He raised prices.", set()),
    # ... and raised with nobody the text makes known, nothing to code.
    ("Chile raised the case of a detained fisherman.", set()),
    # An issue raised after being accused is raised with the first-named accuser of that sentence.
    ("Chile and Bolivia accused Peru of arming rebels. Peru raised the matter of the border.",
     {("accusation", "CHL", "PER", "negative"), ("accusation", "BOL", "PER", "negative"),
      ("concern", "PER", "CHL", "negative")}),
    # A denial answers the accuser; denying someone entry is no denial of anything said.
    ("Chile accused Peru of arming rebels. Peru denies the charges.",
     {("accusation", "CHL", "PER", "negative"), ("denial", "PER", "CHL", "negative")}),
    ("Peru denies the charges.", {("denial", "PER", None, "negative")}),
    # ... or whoever reports the charge ("say" as well as "says"), when no accusation was told.
    ("Western governments say Russian troops are based in Peru, something Lima denies.",
     {("comment", "WST", "RUS", "negative"), ("denial", "PER", "WST", "negative")}),
    ("Chile accused Peru of arming rebels. Peru denied entry to a Chilean envoy.",
     {("accusation", "CHL", "PER", "negative")}),
])
def test_what_is_said_to_nobody_named_is_said_to_the_other_side(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # A call for restraint with nobody named is aimed at both sides of the latest clash.
    ("Chile expelled Peruvian diplomats. Brazil urged restraint.",
     {("appeal", "BRA", "CHL", "neutral"), ("appeal", "BRA", "PER", "neutral")}),
    ("Chile expelled Peruvian diplomats. Brazil, Mexico and other states called for calm.",
     {("appeal", code, target, "neutral") for code in ("BRA", "MEX") for target in ("CHL", "PER")}),
    # ... at the one named when there is one; with no clash told, an appeal to nobody is no event.
    ("Chile expelled Peruvian diplomats. Brazil urged Peru to show restraint.", {("appeal", "BRA", "PER", "neutral")}),
    ("Brazil urged restraint.", set()),
])
def test_a_call_for_restraint_is_aimed_at_both_sides(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # Rejecting what nobody named offered answers whoever last acted on or spoke against the speaker.
    ("Chile expelled two Peruvian diplomats. Lima rejected the decision as unjustified.",
     {("rejection", "PER", "CHL", "negative")}),
    # ... the first-named of several (one row per speaker, aimed at the first of those it answers)
    ("Chile and Bolivia accused Peru of arming rebels. Peru dismissed the claims.",
     {("accusation", "CHL", "PER", "negative"), ("accusation", "BOL", "PER", "negative"),
      ("rejection", "PER", "CHL", "negative")}),
    # Nobody acted on the speaker before: a rejection of nobody is no event.
    ("Chile expelled two Peruvian diplomats. Brazil rejected the proposal.", set()),
])
def test_a_rejection_answers_whoever_acted_on_the_speaker(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # A threat or a refusal is aimed at whom the act it names would hit; the act stays hypothetical.
    ("Turkey threatened to cut off water to Syria.", {("threat", "TUR", "SYR", "negative")}),
    ("Algeria threatened on Sunday to halt gas deliveries to Spain.", {("threat", "DZA", "ESP", "negative")}),
    ("Hungary threatens to block the new budget.", set()),  # aimed at nobody: no event
    ("Colombia refused to extradite the suspects to Venezuela.", {("rejection", "COL", "VEN", "negative")}),
    ("Ghana declined to comment.", set()),
    # The bare verb after a modal or "to": "will support", "did not support".
    ("Kenya will support Somalia in the vote.", {("support", "KEN", "SOM", "positive")}),
])
def test_threats_and_refusals_aim_at_the_acts_target(text, expected):
    assert statements(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # What a speaker says of its own side is said to the other side of its latest dealings.
    (("Kenyan President William Ruto held talks with Tanzania's president in Nairobi on Monday. "
      "Ruto told reporters that Kenya would keep its border open."),
     {("comment", "KEN", "TZA", "neutral")}),
    ("Chile imposed sanctions on Bolivia on Monday. La Paz said it would limit the damage.",
     {("comment", "BOL", "CHL", "negative")}),  # "damage": the words said give the tone
    # no dealings told before: nobody to say it to
    ("Ruto told reporters that Kenya would keep its border open.", set()),
    # a clause that tells an event of its own is that event, not a remark
    ("Kenya held talks with Tanzania on Monday. Ruto said Kenya would send troops to Somalia.", set()),
])
def test_a_remark_about_oneself_is_said_to_the_other_side(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # A protest with no object protests the latest act.
    ("Iran tested a long-range rocket on Sunday. Germany protested through diplomatic channels.",
     {("criticism", "DEU", "IRN", "negative")}),
    # "protests" after a preposition is a noun
    ("Iran tested a long-range rocket on Sunday after a crackdown on protests in 2011.", set()),
])
def test_a_protest_of_nothing_named_is_of_the_latest_act(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # A denial of nobody named answers whoever last accused the speaker's side.
    ("Chile accused Peru of arming rebels in Bolivia. Lima denied the charge.",
     {("accusation", "CHL", "PER", "negative"), ("denial", "PER", "CHL", "negative")}),
])
def test_a_denial_of_nobody_named_answers_the_accuser(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # With no event between two countries told, "both leaders" are the last two leaders named
    # (not the speaker).
    (("Chilean President Gabriel Boric will send grain to Haiti. Hours later, Peruvian President Dina "
      "Boluarte said Peru would send medicine. Bolivian President Luis Arce thanked both leaders."),
     {("praise", "BOL", "CHL", "positive"), ("praise", "BOL", "PER", "positive")}),
])
def test_both_leaders_after_two_leaders_acted(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # A rejection of a charge or an offer the article told of is aimed at whoever made it.
    ("The International Criminal Court issued an arrest warrant for Peruvian President Dina Boluarte. Chile dismissed the warrant.",
     {("accusation", "ICC", "PER", "negative"), ("rejection", "CHL", "ICC", "negative")}),
    ("Bolivia called on Peru to open its ports. Lima rejected the request.",
     {("appeal", "BOL", "PER", "neutral"), ("rejection", "PER", "BOL", "negative")}),
])
def test_a_rejected_charge_or_offer_is_aimed_at_its_author(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # A side judging its own pact of many aims at none of the others; an outsider at every side.
    (("Peru, Chile and Japan signed a fisheries pact in Lima on Monday. "
      "The Chilean minister called the agreement a milestone for the region."), set()),
    (("Peru, Chile and Japan signed a fisheries pact in Lima on Monday. "
      "Brazil called the agreement a milestone for the region."),
     {("praise", "BRA", "PER", "positive"), ("praise", "BRA", "CHL", "positive"),
      ("praise", "BRA", "JPN", "positive")}),
])
def test_a_side_judging_its_own_pact_of_many_aims_at_none(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # A conditional threat is aimed at the subject of its condition.
    ("Chile threatened to recall its ambassador unless Peru apologised.",
     {("threat", "CHL", "PER", "negative")}),
    ("Norway threatened to suspend fishing talks if Iceland raised its quotas again.",
     {("threat", "NOR", "ISL", "negative")}),
    ("Chile said it would respond firmly if Peru moved troops to the border.",
     {("threat", "CHL", "PER", "negative")}),
    # The act threatened names its target: the condition does not add another.
    ("Norway threatened to expel Russian diplomats if Iceland stayed silent.",
     {("threat", "NOR", "RUS", "negative")}),
])
def test_a_conditional_threat_is_aimed_at_who_must_meet_the_condition(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # A warning of what the speaker's own side will do is aimed at the country named after it.
    ("Chile said it would respond firmly to any Peruvian incursion.", {("threat", "CHL", "PER", "negative")}),
    ("Chilean officials said they would retaliate against any Peruvian vessel in the zone.",
     {("threat", "CHL", "PER", "negative")}),
    ("Chile said Chile would take countermeasures and watch any drills on Peruvian soil.",
     {("threat", "CHL", "PER", "negative")}),
    # a partner named after the warning is no target
    ("Chile said it would retaliate together with Argentina.", set()),
])
def test_a_warning_of_ones_own_response_is_aimed_at_the_country_named_after_it(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # A complaint or protest made to a country is aimed at it.
    ("Uganda complained to Kenya about the arrests.", {("criticism", "UGA", "KEN", "negative")}),
    ("Peru protested to Chile over the fishing boats.", {("criticism", "PER", "CHL", "negative")}),
    ("Egypt complained of Sudanese interference.", {("criticism", "EGY", "SDN", "negative")}),
    # Taken to a forum of countries, it is aimed at whoever it is about.
    ("Jordan complained to the United Nations on Friday over Syrian shelling.",
     {("criticism", "JOR", "SYR", "negative")}),
    ("Ghana complained to the African Union about Togo's border closure.",
     {("criticism", "GHA", "TGO", "negative")}),
    ("Chad complained to the African Union about the budget.", {("criticism", "TCD", "AFU", "negative")}),
    # "has complained for years": a standing position, not an event.
    ("The US imposed an embargo on Cuba. Havana has complained for years about the embargo.", set()),
    ("The US imposed an embargo on Cuba. Havana has protested for many months against the embargo.", set()),
    ("Farmers complained about the weather.", set()),
])
def test_complaints_aim_at_the_addressee_or_at_what_they_are_about(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # Two countries doing the same thing to a third: "the two governments" are the two doers.
    ("Chile and Peru applied on Monday to join the European Union. Bolivia accused the two governments of betraying the region.",
     {("accusation", "BOL", "CHL", "negative"), ("accusation", "BOL", "PER", "negative")}),
    # A single doer: the pair is the doer and its target.
    ("Chile cut diplomatic ties with Peru on Monday. Bolivia accused the two governments of betraying the region.",
     {("accusation", "BOL", "CHL", "negative"), ("accusation", "BOL", "PER", "negative")}),
])
def test_the_two_governments_after_two_doers_are_the_doers(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # A call, offer or request rejected is aimed at the country named as its maker.
    ("Norway rejected a call by Sweden for joint patrols.", {("rejection", "NOR", "SWE", "negative")}),
    ("Vienna rejected repeated calls by Hungary's government for a fence.",
     {("rejection", "AUT", "HUN", "negative")}),
    ("Peru rejected the request from the Chilean government.", {("rejection", "PER", "CHL", "negative")}),
])
def test_a_rejected_call_is_aimed_at_its_maker(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # "said <own side> had concluded that <other> ...": the finding is aimed at the other
    ("The Dutch minister said the Dutch government had concluded that Russia was responsible for the hack.",
     {("accusation", "NLD", "RUS", "negative")}),
    ("Canada's foreign ministry said Ottawa believed that China was behind the intrusion.",
     {("accusation", "CAN", "CHN", "negative")}),
])
def test_a_finding_of_the_speakers_own_side_about_another(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


def test_the_neighbours_are_the_latest_pair():
    # "urged the neighbours to ...": each of the two countries the article last paired
    events = extract("Peru and Chile signed a fishing accord on Monday. The Spanish foreign minister "
                     "urged the neighbours to settle their border dispute.", date(2024, 3, 4))
    assert statements(events) == {("appeal", "ESP", "PER", "neutral"), ("appeal", "ESP", "CHL", "neutral")}


@pytest.mark.parametrize("text, expected", [
    # a list after "out of" is no subject of the next verb; "those governments" is that list
    (("The minister said Chile was pulling its envoys out of Bolivia, Ecuador, Paraguay and Uruguay, "
      "and demanded that those governments apologise."),
     {("demand", "CHL", code, "negative") for code in ("BOL", "ECU", "PRY", "URY")}),
    # "the seven" counts a list of seven as "the three" counts one of three
    (("Bolivia, Ecuador, Paraguay, Uruguay, Peru, Chile and Colombia protested on Monday. "
      "Brazil criticised the seven governments over the move."),
     {("criticism", "BRA", code, "negative") for code in ("BOL", "ECU", "PRY", "URY", "PER", "CHL", "COL")}),
])
def test_a_statement_aimed_at_a_list_named_before(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # a warning of what the speaker's own side will do is aimed at the country it names
    ("The Indian foreign ministry warned that New Delhi would suspend fuel exports to Nepal.",
     {("threat", "IND", "NPL", "negative")}),
    # "either country" is each of the latest pair
    (("Peru and Chile signed a fishing accord on Monday. Spain warned that Madrid would halt "
      "aid to either country."), {("threat", "ESP", "PER", "negative"), ("threat", "ESP", "CHL", "negative")}),
])
def test_a_warning_of_the_speakers_own_act(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # "the findings", "the signature", "the outcome", "the verdict" point back at the latest act
    ("Brazil imposed duties on Argentine wheat on Monday. Argentina rejected the findings.",
     {("rejection", "ARG", "BRA", "negative")}),
    ("Peru ratified the fishing accord with Chile on Friday. Chile's president welcomed the outcome.",
     {("praise", "CHL", "PER", "positive")}),
])
def test_a_judgement_of_the_outcome_of_the_latest_act(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


def test_concern_about_such_exchanges_aims_at_the_supplier():
    events = extract("North Korea sent artillery shells to Russia on Monday. The United States voiced concern "
                     "that such exchanges could prolong the war.", date(2024, 6, 19))
    assert statements(events) == {("concern", "USA", "PRK", "negative")}


TALKS = "Chile and Peru held talks in Lima on Monday. "


@pytest.mark.parametrize("text, expected", [
    # Said with nobody named: to the other side of the speaker's latest dealings ...
    (TALKS + "The Chilean foreign minister said afterwards that progress had been made.",
     {("comment", "CHL", "PER", "positive")}),
    # ... unless the sentence tells an act of the speaker's own, which is then the news,
    (TALKS + "Chile said on Tuesday it would recall its ambassador from Bolivia.", set()),
    # ... and never when the speaker has had no dealings.
    ("Bolivia said on Tuesday that the harvest had been good.", set()),
])
def test_a_saying_aimed_at_nobody_named_is_aimed_at_the_latest_counterpart(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


def test_a_saying_aimed_at_the_latest_counterpart_scores_lower_than_one_that_names_it():
    def raw_score(text: str) -> float:
        [said] = [e for e in extract_events(text, date(2024, 3, 4), calibrate=False) if e.event_type == "statement"]
        return said.confidence

    assert raw_score(TALKS + "The Chilean foreign minister said afterwards that progress had been made.") < \
        raw_score(TALKS + "The Chilean foreign minister said afterwards that Peru had made progress.")


@pytest.mark.parametrize("text, expected", [
    # What a speaker calls a country or its act: an enemy, a sham, meaningless (criticism), a good friend (praise).
    ("Chile's president called Peru an enemy and occupier.", {("criticism", "CHL", "PER", "negative")}),
    ("Chile's president called the Peruvian vote a pantomime.", {("criticism", "CHL", "PER", "negative")}),
    ("Chile's president called Peru a good friend.", {("praise", "CHL", "PER", "positive")}),
])
def test_what_a_speaker_calls_another_country(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected



@pytest.mark.parametrize("text, expected", [
    # a remark told as aimed at a country is aimed at it, not at the speaker's latest counterpart
    # nor at another country its words name
    (("Chile met Peru on Monday. The Chilean president said no one could bully Bolivia, a remark widely read as "
      "aimed at Argentina."), {("comment", "ARG")}),
    (("Chile met Peru on Monday. The Chilean president criticised meddling in Bolivia, in a thinly veiled swipe at "
      "Argentina."), {("criticism", "ARG")}),
    (("Chile met Peru on Monday. The Chilean president accused foreign powers of meddling in Bolivia, a phrase read "
      "in Santiago as meaning Argentina."), {("accusation", "ARG")}),
    (("Chile met Peru on Monday. The Chilean president said small nations would not be bullied, in words aimed "
      "squarely at Argentina."), {("comment", "ARG")}),
    (("Chile met Peru on Monday. The Chilean president said the pact was aimed at no third party, a remark read "
      "in Lima as directed at Argentina."), {("comment", "ARG")}),
    # measures aimed at someone are no remark: a judgement of them is aimed at who took them
    ("Peru imposed sanctions on Bolivia. Chile condemned the sanctions aimed at Bolivian banks.", {("criticism", "PER")}),
    # only the last of two predicates: the first keeps the act it judges
    (("Peru imposed sanctions on Chile. The Chilean president called the sanctions illegitimate and accused foreign "
      "powers of stirring unrest in Bolivia, a phrase read in Santiago as meaning Argentina."),
     {("criticism", "PER"), ("accusation", "ARG")}),
])
def test_a_remark_read_as_aimed_at_a_country(text, expected):
    events = extract(text, date(2024, 3, 4))
    assert {(mode, actor, target) for mode, actor, target, _ in statements(events)} == \
        {(mode, "CHL", code) for mode, code in expected}


@pytest.mark.parametrize("text, expected", [
    # a side's saying aimed at nobody named goes across the table, not to the one who mediated
    (("The United States mediated talks between Chile and Peru on Monday. The Chilean president said his country "
      "had been patient for decades."), {("CHL", "PER")}),
    # a third country's saying still goes to its own latest counterpart
    (("Brazil met Chile on Friday. The United States mediated talks between Chile and Peru on Monday. Brazil said "
      "it had been patient for decades."), {("BRA", "CHL")}),
])
def test_a_mediator_is_no_counterpart_of_a_side(text, expected):
    assert {(actor, target) for _, actor, target, _ in statements(extract(text, date(2024, 3, 4)))} == expected


@pytest.mark.parametrize("text, expected", [
    # a rejection told in a relative clause after what it rejects answers that clause's subject; the
    # warning is aimed at the one other country named (Brasilia ends its phrase before "has")
    (("Argentina opened a port built by Brazil. Peruvian officials have warned that the port could serve the "
      "Brazilian navy, a suggestion that Brasilia has dismissed as a smear."),
     {("rejection", "BRA", "PER"), ("concern", "PER", "BRA")}),
    # a judgement of a step or a remark told so answers its doer, past the replier's own leader named before
    ("Chile told Peru to cut its embassy staff, a step Lima called hostile.",
     {("criticism", "CHL", "PER"), ("criticism", "PER", "CHL")}),
    (("Asked whether he still considered Boric a rival, Lula said that he did, a remark Chile's foreign "
      "ministry called extremely wrong."), {("criticism", "BRA", "CHL"), ("criticism", "CHL", "BRA")}),
    # told as a clause of its own: the same sides, by elimination (the one other country named)
    (("Argentina opened a port built by Brazil. Peruvian officials have warned that the port could serve the "
      "Brazilian navy, and Brasilia has dismissed the idea."), {("rejection", "BRA", "PER"), ("concern", "PER", "BRA")}),
])
def test_a_rejection_in_a_relative_clause_answers_the_clause_before(text, expected):
    assert {(mode, actor, target) for mode, actor, target, _ in statements(extract(text, date(2024, 3, 4)))} == expected
