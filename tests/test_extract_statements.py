"""Statements and sanctions out of short sentences written for these tests: verb classes,
reported speech, and whom a statement is aimed at when the text names no country."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract


def _statements(events) -> set[tuple]:
    return {(e.event_mode, e.actor_country, e.target_country, e.stance)
            for e in events if e.event_type == "statement"}


@pytest.mark.parametrize("text, expected", [
    # A judging clause about "it" or "the test" is aimed at whoever carried out the latest event.
    ("Iran tested a long-range rocket on Sunday. Germany said it was reckless.",
     {("criticism", "DEU", "IRN", "negative")}),
    ("Iran tested a long-range rocket on Sunday. Berlin said the test was illegal.",
     {("criticism", "DEU", "IRN", "negative")}),
    ("Chile and Peru held talks in Lima. The Bolivian minister said the talks were constructive.",
     {("praise", "BOL", "CHL", "positive"), ("praise", "BOL", "PER", "positive")}),
    # "it" of a feeling is the speaker; a clause naming someone is about them, not the event.
    ("Iran tested a long-range rocket on Sunday. Germany said it was concerned.", set()),
    ("Iran tested a rocket on Sunday. Germany said it was unacceptable to see Brazil cheer.", set()),
    # A day's possessive stands for "the": "Friday's decision" is the latest act.
    ("Chile lifted its tariffs on Peru on Friday. Brazil welcomed Friday's decision.",
     {("praise", "BRA", "CHL", "positive")}),
    ("The EU imposed sanctions on Iran. Canada and Norway welcomed the measures.",
     {("praise", "CAN", "EUU", "positive"), ("praise", "NOR", "EUU", "positive")}),
    # Nothing told before to point back at: no statement.
    ("Berlin said the decision was wrong.", set()),
])
def test_a_judging_reported_clause_points_back_at_the_latest_event(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # "X said ... and lodged a protest": a second predicate after "and" is the speaker's.
    ("Norway said two drones crossed its border and lodged a protest with Moscow.",
     {("criticism", "NOR", "RUS", "negative")}),
    # An actor inside the reported clause is the subject of what it coordinates.
    ("Seoul said Pyongyang had fired a rocket and threatened Japan.",
     {("accusation", "KOR", "PRK", "negative"), ("threat", "PRK", "JPN", "negative")}),
    # An actor naming a thing ("the Swiss tariffs") or inside a phrase ("by Oslo") is no subject.
    ("Brazil said the EU quotas were unfair and urged Brussels to drop them.",
     {("appeal", "BRA", "EUU", "neutral")}),
    ("Brazil said the tariffs by Norway were unfair and urged Oslo to drop them.",
     {("appeal", "BRA", "NOR", "neutral")}),
])
def test_a_second_predicate_after_a_reported_clause(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # Blaming something on a country accuses that country.
    ("The fire, which Serbia blamed on Kosovo, destroyed a depot.", {("accusation", "SRB", "XKX", "negative")}),
    ("Peru blamed the blackout on a Chilean cyberattack.", {("accusation", "PER", "CHL", "negative")}),
    # An arrest warrant issued for a leader accuses the leader's country.
    ("The International Criminal Court issued an arrest warrant for Vladimir Putin.",
     {("accusation", "ICC", "RUS", "negative")}),
    ("The ICC issued a warrant for the arrest of Benjamin Netanyahu.", {("accusation", "ICC", "ISR", "negative")}),
])
def test_blame_on_and_arrest_warrants_are_accusations(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


def test_sanctions_on_companies_of_no_named_country_hit_the_country_sanctioned_before():
    events = extract("Canada imposed sanctions on three Iranian banks on Monday. Australia announced sanctions "
                     "against Sepah Holdings and Parsian Trading. Norway froze the assets of two officials.",
                     date(2024, 3, 4))
    assert {(e.event_mode, e.actor_country, e.target_country) for e in events if e.event_type == "sanction"} == {
        ("impose", "CAN", "IRN"), ("impose", "AUS", "IRN"), ("impose", "NOR", "IRN")}
    # a bare mention with nobody acting ("UN sanctions that ban ...") is no new measure
    events = extract("Canada imposed sanctions on three Iranian banks. UN sanctions ban arms sales.", date(2024, 3, 4))
    assert {(e.actor_country, e.target_country) for e in events if e.event_type == "sanction"} == {("CAN", "IRN")}


@pytest.mark.parametrize("text, expected", [
    # Calling or describing something as useful or a breakthrough praises it (or whoever did it).
    ("Chile and Peru held talks in Lima. The Bolivian minister described the talks as fruitful.",
     {("praise", "BOL", "CHL", "positive"), ("praise", "BOL", "PER", "positive")}),
    ("The Hungarian prime minister called Serbia a reliable partner.", {("praise", "HUN", "SRB", "positive")}),
    ("Chile and Peru signed a water treaty in Lima. Argentina said the treaty was a milestone.",
     {("praise", "ARG", "CHL", "positive"), ("praise", "ARG", "PER", "positive")}),
    # "called" with no word of praise or blame in its object says nothing.
    ("The Hungarian prime minister called Serbia on Monday.", set()),
])
def test_calling_something_a_success_is_praise(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # "said he believed X ...": the speaker again, then the clause about X.
    ("The Chilean president said he believed Peru wanted the border talks to go on.",
     {("comment", "CHL", "PER", "neutral")}),
    # "said he and X agreed ...": the speaker and a partner, as before.
    ("The Chilean president said he and Peru's leader agreed that the raid was illegal.",
     {("criticism", "CHL", "PER", "negative")}),
])
def test_the_speaker_believing_something_about_another_country(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


def test_two_statements_of_one_speaker_to_one_country_in_one_sentence_are_one():
    events = extract("Chile criticised Peru over the raid and called on Lima to free the fishermen.", date(2024, 3, 4))
    assert _statements(events) == {("criticism", "CHL", "PER", "negative")}
    events = extract("Chile praised Bolivia and criticised Peru.", date(2024, 3, 4))
    assert _statements(events) == {("praise", "CHL", "BOL", "positive"), ("criticism", "CHL", "PER", "negative")}


def test_welcoming_the_applications_of_several_countries_aims_at_each():
    events = extract("Chile and Peru applied to join the OAS on Monday. The Brazilian president welcomed the "
                     "applications.", date(2024, 3, 4))
    assert _statements(events) == {("praise", "BRA", code, "positive") for code in ("CHL", "PER", "OAS")}


@pytest.mark.parametrize("text, expected", [
    # A reported clause about a thing is aimed at the other country its predicate names.
    ("The Chilean president said the plan was not meant to isolate Peru.", {("comment", "CHL", "PER", "neutral")}),
    ("Chile said the exercise was no threat to Bolivia.", {("comment", "CHL", "BOL", "neutral")}),
    # ... not at a partner, an owner, or the speaker's own country.
    ("Chile said the rescue succeeded with help from Peru.", set()),
    ("Chile said the harbour was a goal of Bolivia.", set()),
    ("Chile said the bridge would link Chile and Peru.", set()),
    # ... nor when the clause reports an event of its own (coded by that event's trigger).
    ("Chile said the minister would visit Peru next week.", set()),
])
def test_a_reported_clause_about_a_thing_is_aimed_at_the_country_of_its_predicate(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


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
    ("Chile accused Peru of arming rebels. Peru denied entry to a Chilean envoy.",
     {("accusation", "CHL", "PER", "negative")}),
])
def test_what_is_said_to_nobody_named_is_said_to_the_other_side(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # A call for restraint with nobody named is aimed at both sides of the latest clash.
    ("Chile expelled Peruvian diplomats. Brazil urged restraint.",
     {("appeal", "BRA", "CHL", "neutral"), ("appeal", "BRA", "PER", "neutral")}),
    ("Chile expelled Peruvian diplomats. Brazil, Mexico and other states called for calm.",
     {("appeal", code, target, "neutral") for code in ("BRA", "MEX") for target in ("CHL", "PER")}),
    # ... at the one named when there is one, and at nobody when no clash was told.
    ("Chile expelled Peruvian diplomats. Brazil urged Peru to show restraint.", {("appeal", "BRA", "PER", "neutral")}),
    ("Brazil urged restraint.", {("appeal", "BRA", None, "neutral")}),
])
def test_a_call_for_restraint_is_aimed_at_both_sides(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


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
    assert _statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # "suggested", "reiterated", "stressed" report a clause as "said" does.
    ("The Chilean president suggested that Peru should soften its approach.", {("appeal", "CHL", "PER", "neutral")}),
    ("Chile reiterated that Bolivia had violated the border.", {("criticism", "CHL", "BOL", "negative")}),
])
def test_more_verbs_that_report_a_clause(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # A threat or a refusal is aimed at whom the act it names would hit; the act stays hypothetical.
    ("Turkey threatened to cut off water to Syria.", {("threat", "TUR", "SYR", "negative")}),
    ("Algeria threatened on Sunday to halt gas deliveries to Spain.", {("threat", "DZA", "ESP", "negative")}),
    ("Hungary threatens to block the new budget.", {("threat", "HUN", None, "negative")}),
    ("Colombia refused to extradite the suspects to Venezuela.", {("rejection", "COL", "VEN", "negative")}),
    ("Ghana declined to comment.", set()),
    # The bare verb after a modal or "to": "will support", "did not support".
    ("Kenya will support Somalia in the vote.", {("support", "KEN", "SOM", "positive")}),
])
def test_threats_and_refusals_aim_at_the_acts_target(text, expected):
    assert _statements(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # What a speaker says of its own side is said to the other side of its latest dealings.
    (("Kenyan President William Ruto held talks with Tanzania's president in Nairobi on Monday. "
      "Ruto told reporters that Kenya would keep its border open."),
     {("comment", "KEN", "TZA", "neutral")}),
    ("Chile imposed sanctions on Bolivia on Monday. La Paz said it would limit the damage.",
     {("comment", "BOL", "CHL", "neutral")}),
    # no dealings told before: nobody to say it to
    ("Ruto told reporters that Kenya would keep its border open.", set()),
    # a clause that tells an event of its own is that event, not a remark
    ("Kenya held talks with Tanzania on Monday. Ruto said Kenya would send troops to Somalia.", set()),
])
def test_a_remark_about_oneself_is_said_to_the_other_side(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # ", saying ..." gives the reason for the main clause's act: aimed at whom that act was
    # (the reason for a punishment is a reproach).
    ("Chile expelled two Peruvian diplomats, saying their work ran against national security.",
     {("criticism", "CHL", "PER", "negative")}),
    # nobody acted on in the main clause: no statement
    ("Chile held elections on Sunday, saying their work ran against national security.", set()),
])
def test_a_participle_of_speech_explains_the_main_act(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # a ministry "in" a capital is that capital's country's; a high commissioner is an envoy
    ("The foreign ministry in Nairobi summoned the Ugandan High Commissioner.",
     {("criticism", "KEN", "UGA", "negative")}),
    ("The government in Lima condemned Chile.", {("criticism", "PER", "CHL", "negative")}),
    # an embassy in a capital is another country's: no speaker known
    ("The embassy in Lima condemned Chile.", set()),
    ("The Treasury condemned Venezuela.", {("criticism", "USA", "VEN", "negative")}),
])
def test_bodies_named_by_their_seat(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # A protest with no object protests the latest act.
    ("Iran tested a long-range rocket on Sunday. Germany protested through diplomatic channels.",
     {("criticism", "DEU", "IRN", "negative")}),
    # "protests" after a preposition is a noun
    ("Iran tested a long-range rocket on Sunday after a crackdown on protests in 2011.", set()),
])
def test_a_protest_of_nothing_named_is_of_the_latest_act(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # A warning of what the speaker will do is a threat, not concern.
    ("Bolivia warned that Peruvian vessels in its waters would be legitimate targets.",
     {("threat", "BOL", "PER", "negative")}),
    # Another side that "should" or "must" act: an appeal to it.
    ("The Chilean minister said Peru should withdraw its claim.", {("appeal", "CHL", "PER", "neutral")}),
    # The speaker's own side "must": its own resolve, no appeal.
    ("The Chilean minister said Chile must defend its claim.", set()),
    # A more telling word after the modal wins.
    ("Lima said Peru and Chile should stand together.", {("support", "PER", "CHL", "positive")}),
    ("The Chilean minister said Chile would not accept the Peruvian claim.",
     {("rejection", "CHL", "PER", "negative")}),
])
def test_the_reported_clause_gives_the_statement_its_mode(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # A word of cooperation in the reported clause makes a comment positive, unless negated.
    ("The Chilean minister told Peru that the two sides had made progress on the border.",
     {("comment", "CHL", "PER", "positive")}),
    ("The Chilean minister told Peru that Santiago was open to a diplomatic solution.",
     {("comment", "CHL", "PER", "positive")}),
    ("The Chilean minister told Peru that the two sides had not made progress on the border.",
     {("comment", "CHL", "PER", "neutral")}),
    ("The Chilean minister told Peru that its citizens could keep entering without visas.",
     {("comment", "CHL", "PER", "positive")}),
])
def test_a_cooperative_reported_clause_is_a_positive_comment(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # A denial of nobody named answers whoever last accused the speaker's side.
    ("Chile accused Peru of arming rebels in Bolivia. Lima denied the charge.",
     {("accusation", "CHL", "PER", "negative"), ("denial", "PER", "CHL", "negative")}),
])
def test_a_denial_of_nobody_named_answers_the_accuser(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # With no event between two countries told, "both leaders" are the last two leaders named
    # (not the speaker).
    (("Chilean President Gabriel Boric will send grain to Haiti. Hours later, Peruvian President Dina "
      "Boluarte said Peru would send medicine. Bolivian President Luis Arce thanked both leaders."),
     {("praise", "BOL", "CHL", "positive"), ("praise", "BOL", "PER", "positive")}),
])
def test_both_leaders_after_two_leaders_acted(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # A naming participle judges the main clause's act: aimed where that act was aimed ...
    ("Peru held naval drills near Chile on Monday, calling them punishment for smugglers.",
     {("criticism", "PER", "CHL", "negative")}),
    # ... else at the other side of the speaker's latest dealings.
    (("Chile broke off relations with Peru on Monday. The Chilean president announced the rupture, "
      "calling the seizure a flagrant violation of international law."),
     {("criticism", "CHL", "PER", "negative")}),
    # No act and no dealings told: no statement.
    ("The Chilean president spoke on Monday, calling the seizure a flagrant violation.", set()),
])
def test_a_naming_participle_judges_the_main_clause_act(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # A rejection of a charge or an offer the article told of is aimed at whoever made it.
    ("The International Criminal Court issued an arrest warrant for Peruvian President Dina Boluarte. Chile dismissed the warrant.",
     {("accusation", "ICC", "PER", "negative"), ("rejection", "CHL", "ICC", "negative")}),
    ("Bolivia called on Peru to open its ports. Lima rejected the request.",
     {("appeal", "BOL", "PER", "neutral"), ("rejection", "PER", "BOL", "negative")}),
])
def test_a_rejected_charge_or_offer_is_aimed_at_its_author(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


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
    assert _statements(extract(text, date(2024, 3, 4))) == expected


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
    assert _statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # "refused to condemn": the withheld statement, negated, with its own stance; not a rejection.
    ("Ghana has refused to condemn Mali's coup leaders.", {("criticism", "GHA", "MLI", "negative")}),
    ("Brazil declined to endorse the Chinese plan.", {("support", "BRA", "CHN", "positive")}),
])
def test_a_refused_statement_is_that_statement_negated(text, expected):
    events = [e for e in extract(text, date(2024, 3, 4)) if e.event_type == "statement"]
    assert _statements(events) == expected
    assert {e.modality for e in events} == {"negated"}


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
    assert _statements(extract(text, date(2024, 3, 4))) == expected


def test_issues_of_common_concern_are_a_topic_not_a_statement():
    text = ("Peru and Chile held talks in Lima on Tuesday. "
            "The two sides discussed trade and regional issues of common concern.")
    assert _statements(extract(text, date(2024, 3, 4))) == set()


@pytest.mark.parametrize("text", [
    "Chile said Peru's remarks were interference in its internal affairs.",
    "Chile told Peru that its stance showed double standards.",
    "Chile told Peru that it was turning a blind eye to the smuggling.",
])
def test_words_of_reproach_in_a_reported_clause_make_criticism(text):
    assert _statements(extract(text, date(2024, 3, 4))) == {("criticism", "CHL", "PER", "negative")}


@pytest.mark.parametrize("text, expected", [
    # The reason given for a punishment is a reproach; for lifting one it is no reproach.
    ("Chile imposed sanctions on two Peruvian banks, saying their profits helped finance the smuggling.",
     {("criticism", "CHL", "PER", "negative")}),
    ("Chile expelled four Peruvian diplomats, saying their work ran against Chilean interests.",
     {("criticism", "CHL", "PER", "negative")}),
    ("Chile lifted sanctions on two Peruvian banks, saying relations had improved.",
     {("comment", "CHL", "PER", "neutral")}),
])
def test_the_reason_given_for_a_punishment_is_a_reproach(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # An act answered in kind by its target: "the decision" judged is the first one.
    (("Fiji said it would cut diplomatic ties with Chile. Chile said it was ending relations with Fiji. "
      "Peru welcomed the decision."), {("praise", "PER", "FJI", "positive")}),
    (("Chile expelled six Peruvian diplomats on Monday. Peru expelled six Chilean diplomats in response. "
      "Bolivia condemned the move."), {("criticism", "BOL", "CHL", "negative")}),
    # No answer in kind: the latest act.
    ("Chile expelled six Peruvian diplomats on Monday. Bolivia condemned the move.",
     {("criticism", "BOL", "CHL", "negative")}),
])
def test_a_judged_decision_answered_in_kind_is_the_first_one(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


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
    assert _statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # Two countries doing the same thing to a third: "the two governments" are the two doers.
    ("Chile and Peru applied on Monday to join the European Union. Bolivia accused the two governments of betraying the region.",
     {("accusation", "BOL", "CHL", "negative"), ("accusation", "BOL", "PER", "negative")}),
    # A single doer: the pair is the doer and its target.
    ("Chile cut diplomatic ties with Peru on Monday. Bolivia accused the two governments of betraying the region.",
     {("accusation", "BOL", "CHL", "negative"), ("accusation", "BOL", "PER", "negative")}),
])
def test_the_two_governments_after_two_doers_are_the_doers(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # Gratitude owed by the other side is a reproach; gratitude felt is praise, not criticism.
    ("Chile told Peru it should be more grateful for Chilean aid.", {("criticism", "CHL", "PER", "negative")}),
    ("Chile said Peru must be more thankful for the help.", {("criticism", "CHL", "PER", "negative")}),
    ("Chile told Peru it was grateful for the help.", {("praise", "CHL", "PER", "positive")}),
])
def test_gratitude_owed_by_the_hearer_is_criticism(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # A call, offer or request rejected is aimed at the country named as its maker.
    ("Norway rejected a call by Sweden for joint patrols.", {("rejection", "NOR", "SWE", "negative")}),
    ("Vienna rejected repeated calls by Hungary's government for a fence.",
     {("rejection", "AUT", "HUN", "negative")}),
    ("Peru rejected the request from the Chilean government.", {("rejection", "PER", "CHL", "negative")}),
])
def test_a_rejected_call_is_aimed_at_its_maker(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # The doer of a judged act named inside the object: after "by", or after "of" for nouns
    # whose "of" names the doer (actions, role, decision).
    ("Vietnam protested the actions of Chinese survey ships.", {("criticism", "VNM", "CHN", "negative")}),
    ("Chile criticised the expulsion of its diplomats by Peru.", {("criticism", "CHL", "PER", "negative")}),
    ("Ghana praised the role of Nigerian mediators.", {("praise", "GHA", "NGA", "positive")}),
    ("Chile criticised the expulsion of its diplomats.", set()),
    # New verbs of censure; a charge rejected is aimed at its maker named after "by".
    ("Hanoi lashed out at Beijing over the survey ship.", {("criticism", "VNM", "CHN", "negative")}),
    ("Iran rejected the accusations by Bahrain.", {("rejection", "IRN", "BHR", "negative")}),
])
def test_the_doer_inside_the_object_and_more_verbs_of_censure(text, expected):
    assert _statements(extract(text, date(2024, 3, 4))) == expected


def test_an_actor_after_a_gerund_is_no_subject_of_a_later_verb():
    # "of luring Kiribati ... and said": the minister said it, not Kiribati.
    events = extract("Foreign Minister Joseph Wu accused Beijing of luring Tuvalu with loans and said "
                     "Taipei had refused a request for money.", date(2019, 9, 20))
    assert {(e.event_mode, e.actor_country, e.target_country) for e in events} == {("accusation", "TWN", "CHN")}
