"""Agreements named by a noun phrase: leaving a deal and whom it is aimed at."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, triples


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


def _agreements(text: str) -> set[tuple]:
    return {(e.event_mode, e.actor_country, e.target_country, e.modality)
            for e in extract(text, date(2023, 4, 4)) if e.event_type == "agreement"}


@pytest.mark.parametrize("text", [
    "Chilean President Gabriel Boric met Peru's president in Lima on Monday but came away without a commitment.",
    "Chilean President Gabriel Boric held talks with Peru's president on Monday but announced no agreement on the border.",
])
def test_talks_that_end_without_a_deal_are_an_agreement_not_reached(text):
    assert _agreements(text) == {("agree", "CHL", "PER", "negated")}


def test_no_deal_belongs_to_the_talks_told_last_before_it():
    text = ("Boric met Peru's president in Lima in April, weeks after his talks with "
            "Bolivia's president had ended without agreement.")
    assert _agreements(text) == {("agree", "CHL", "BOL", "negated")}


def test_talks_held_without_an_interpreter_are_no_failed_deal():
    text = "Chilean President Gabriel Boric met Peru's president in Lima on Monday without an interpreter."
    assert _agreements(text) == set()


@pytest.mark.parametrize("text, expected", [
    ("Kenya and Tanzania reached an arrangement on grazing rights on Monday.", {("agree", "KEN", "TZA", "asserted")}),
    ("Kenya and Tanzania hammered out a grazing accord on Monday.", {("agree", "KEN", "TZA", "asserted")}),
    ("Kenya and Tanzania signed a joint communique on Monday.", {("sign", "KEN", "TZA", "asserted")}),
    # Who brokers a deal is a go-between, not one of its sides.
    ("Qatar brokered a deal between Kenya and Tanzania on Monday.", set()),
    ("Kenya quit the deal brokered by Qatar and Oman on Monday.",
     {("withdraw", "KEN", "QAT", "asserted"), ("withdraw", "KEN", "OMN", "asserted")}),
])
def test_deals_named_by_other_nouns(text, expected):
    assert _agreements(text) == expected


def test_a_deal_announced_or_produced_by_both_sides_is_agreed():
    assert triples(extract("Kenya and Japan unveiled a fisheries pact on Monday.")) == {
        ("agreement", "agree", "KEN", "JPN", "asserted")}
    assert triples(extract("Kenya announced an agreement with Japan on fisheries.")) == {
        ("agreement", "agree", "KEN", "JPN", "asserted")}
    assert ("agreement", "agree", "KEN", "JPN", "asserted") in triples(
        extract("The summit between Kenya and Japan produced agreements on fisheries."))


def test_initialling_a_text_is_agreeing_and_stays_apart_from_the_signing():
    text = ("Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan signed a border "
            "declaration on Monday. Earlier, the two sides initialled a fisheries accord.")
    assert _agreements(text) == {("sign", "KEN", "TZA", "asserted"), ("agree", "KEN", "TZA", "asserted")}


def test_agreeing_on_a_deal_signed_in_the_same_sentence_stays_one_event():
    text = "Kenya and Tanzania agreed on Monday to revive a fisheries accord signed in 2001."
    assert len([e for e in extract(text, date(2023, 4, 4)) if e.event_type == "agreement"]) == 1


def test_a_deal_that_was_to_have_been_signed_was_not_signed():
    assert _agreements("Kenya and Tanzania were to have signed a fisheries pact on Monday.") == {
        ("sign", "KEN", "TZA", "negated")}


@pytest.mark.parametrize("text, expected", [
    # plans two sides announce together are agreed between them
    (("Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan announced plans to "
      "build a railway on Monday."), {("agree", "KEN", "TZA", "asserted")}),
    ("Kenya and Tanzania unveiled a joint plan for a railway.", {("agree", "KEN", "TZA", "asserted")}),
    # one side's plans are no deal, even when the planned act has another side
    ("Kenya announced plans to hold talks with Tanzania.", set()),
    ("Kenya announced plans to build a railway.", set()),
])
def test_plans_announced_by_both_sides_are_agreed(text, expected):
    assert _agreements(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kenyan President William Ruto said Tanzania had agreed to open the border.",
     {("agree", "TZA", "KEN", "asserted")}),
    # a coordinated "and said" speaks for the sentence's subject, not the nearest name
    (("Kenyan President William Ruto announced aid for farmers in the West Bank and said Tanzania "
      "had agreed to open the border."), {("agree", "TZA", "KEN", "asserted")}),
    ("Tanzania agreed to open the border, Kenyan President William Ruto said.",
     {("agree", "TZA", "KEN", "asserted")}),
    # a side reporting its own consent names no other side
    ("Tanzania agreed to open the border, Tanzanian President Samia Suluhu Hassan said.", set()),
])
def test_a_side_that_agreed_to_nobody_named_agreed_with_whoever_reports_it(text, expected):
    assert _agreements(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Chile backed out of the fisheries deal with Peru.", {("withdraw", "CHL", "PER", "asserted")}),
    ("Chile walked away from the trade pact with Peru.", {("withdraw", "CHL", "PER", "asserted")}),
    ("Chile reneged on its fisheries deal with Peru.", {("withdraw", "CHL", "PER", "asserted")}),
    ("Chile rejoined the trade pact with Peru.", {("join", "CHL", "PER", "asserted")}),
    ("Chile rejoined the African Union.", {("join", "CHL", "AFU", "asserted")}),
    # returning to a place or to talks is no deal rejoined
    ("Chile returned to Peru on Monday.", set()),
])
def test_phrasal_verbs_of_leaving_and_rejoining_a_deal(text, expected):
    assert _agreements(text) == expected


def test_returning_to_a_deal_is_aimed_at_its_brokers_told_before():
    text = ("Brazil said on Tuesday it was halting its participation in the fisheries initiative, "
            "the arrangement brokered by Norway and the European Union. "
            "Brazil had returned to the deal in March 2021.")
    assert ("join", "BRA", "NOR", "asserted") in _agreements(text)
    assert ("join", "BRA", "EUU", "asserted") in _agreements(text)


@pytest.mark.parametrize("text, expected", [
    # the deal comes first and the clause after it tells who signed or left it, and when
    ("The treaty that Chile and Peru signed in 1999 settled the border.",
     {("agreement", "sign", "CHL", "PER", "asserted", "1999-01-01")}),
    ("The accord, which Egypt and Israel signed in 1979, still holds.",
     {("agreement", "sign", "EGY", "ISR", "asserted", "1979-01-01")}),
    ("Chile wants to revive the fisheries deal with Peru that Ecuador abandoned in 2019.",
     {("agreement", "withdraw", "ECU", "PER", "asserted", "2019-01-01"),
      ("agreement", "join", "CHL", "PER", "hypothetical", "2024-06-19")}),  # wanting to revive it
    # a relative clause of another noun is no deal
    ("The minister that Chile sent to Peru signed nothing.", set()),
])
def test_a_deal_named_before_the_relative_clause_of_its_verb(text, expected):
    assert {(*t, str(e.date_start)) for e in extract(text) for t in triples([e])} == expected


@pytest.mark.parametrize("text, expected", [
    # a "since" clause tells of an event of its own, with its own date; "they" is the main subject
    ("Chile and Peru have cooperated since they signed the fisheries pact in 2019.",
     {("agreement", "sign", "CHL", "PER", "asserted", "2019-01-01")}),
    ("Ties have been frozen since Morocco expelled the Algerian ambassador in 2021.",
     {("relations", "expel", "MAR", "DZA", "asserted", "2021-01-01")}),
])
def test_the_date_of_a_since_clause_is_its_own_event_s(text, expected):
    assert {(*t, str(e.date_start)) for e in extract(text) for t in triples([e])} == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # A capital naming a pact ("the Paris climate agreement") is no party to it.
    ("Brazil withdrew from the Paris climate agreement.", set()),
    ("Ukraine left the Minsk agreements.", set()),
    # "announced their withdrawal" is still a withdrawal, not an agreement.
    ("Chad and Niger announced their withdrawal from ECOWAS.",
     {("agreement", "withdraw", "TCD", "ECW", "asserted"), ("agreement", "withdraw", "NER", "ECW", "asserted")}),
])
def test_named_pacts_and_announced_withdrawals(sentence, expected):
    assert triples(extract(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # The base form "scrap" renounces a pact like "scrapped"; a consensus reached is an agreement.
    ("Lima decided to scrap its fisheries pact with Quito.", {("agreement", "withdraw", "PER", "ECU", "asserted")}),
    ("Chile and Bolivia reached a consensus on water rights.", {("agreement", "agree", "CHL", "BOL", "asserted")}),
    ("There is a broad consensus in Chile that Bolivia matters.", set()),
])
def test_scrapped_pacts_and_consensus_reached(sentence, expected):
    assert triples(extract(sentence)) == expected


def test_those_thanked_for_their_help_in_reaching_a_deal_are_no_parties_to_it():
    events = extract("Chile thanked Norway and Cuba for their help in reaching the deal.")
    assert triples(events) == {("statement", "praise", "CHL", "NOR", "asserted"),
                               ("statement", "praise", "CHL", "CUB", "asserted")}


@pytest.mark.parametrize(("sentence", "expected"), [
    # A passive signing's "by" phrase may follow a place and a date with its commas.
    ("The accord was signed in Lisbon on March 3, 1998, by Portugal and Angola.",
     {("agreement", "sign", "PRT", "AGO", "asserted")}),
    # A joint declaration issued or adopted is agreed by its sides; a plain statement is not.
    ("Chile and Peru issued a joint declaration on fishing rights.", {("agreement", "agree", "CHL", "PER", "asserted")}),
    ("Chile and Peru adopted a joint communique on Friday.", {("agreement", "agree", "CHL", "PER", "asserted")}),
    # Agreeing to nobody named, reported by "the" institution after a comma: agreed with it.
    ("Ecuador agreed to reopen the crossing, the Kremlin said.", {("agreement", "agree", "ECU", "RUS", "asserted")}),
])
def test_passive_signings_joint_declarations_and_reported_agreements(sentence, expected):
    assert {t for t in triples(extract(sentence)) if t[0] == "agreement"} == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # Reviving a deal is returning to it, aimed at its other side; reviving talks is no deal.
    ("Chile wants to revive the old fisheries pact with Peru.", {("agreement", "join", "CHL", "PER")}),
    ("Chile wants to revive talks with Peru.", set()),
])
def test_reviving_a_deal_is_returning_to_it(sentence, expected):
    assert {t[:4] for t in triples(extract(sentence)) if t[0] == "agreement"} == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # A deal left with no side named is aimed at whom its leaver accuses right after, else at
    # the one other country the sentence names.
    ("Chile quit the fisheries pact on Monday, blaming Peru for overfishing.", {("withdraw", "CHL", "PER")}),
    ("Chile quit the fisheries pact on Monday, accusing Peruvian trawlers of overfishing.", {("withdraw", "CHL", "PER")}),
])
def test_a_deal_left_while_accusing_a_side_is_aimed_at_it(sentence, expected):
    assert {t[1:4] for t in triples(extract(sentence)) if t[0] == "agreement"} == expected


def test_a_deal_named_alone_is_aimed_at_the_partner_it_was_named_with_before():
    text = ("Chile said its fisheries pact with Peru had served both countries well. "
            "In May Chile quit the pact.")
    assert {t[1:4] for t in triples(extract(text)) if t[0] == "agreement"} == {("withdraw", "CHL", "PER")}
    # no partner named anywhere: nobody to aim at
    assert not [e for e in extract("In May Chile quit the pact.") if e.event_type == "agreement"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # Declining to renew a deal leaves it; renewing it does not.
    ("Chile declined to renew the fisheries pact with Peru.", {("withdraw", "CHL", "PER")}),
    ("Chile decided not to renew its fisheries deal with Peru.", {("withdraw", "CHL", "PER")}),
    ("Chile will renew the fisheries pact with Peru.", set()),
])
def test_a_deal_not_renewed_is_left(sentence, expected):
    assert {t[1:4] for t in triples(extract(sentence)) if t[0] == "agreement"} == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # A deal signed to help a country, with no side named, is made with that country.
    ("Japan signed a currency swap deal worth $2 billion to help the Philippines.", {("sign", "JPN", "PHL")}),
    ("Japan reached an agreement to shore up Vietnam's finances.", {("agree", "JPN", "VNM")}),
    ("Japan signed a law to help farmers.", set()),
])
def test_a_deal_made_to_help_a_country_is_made_with_it(sentence, expected):
    assert {t[1:4] for t in triples(extract(sentence)) if t[0] == "agreement"} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Chile said on Tuesday it would hold its fisheries pact with Peru in abeyance.", {("CHL", "PER", "planned")}),
    ("Chile and Peru signed a fisheries pact in 2010. Chile placed the pact in abeyance on Tuesday.",
     {("CHL", "PER", "asserted")}),
    ("Chile said on Tuesday it would hold the talks with Peru in abeyance.", set()),
])
def test_a_deal_held_in_abeyance_is_suspended(sentence, expected):
    assert {(e.actor_country, e.target_country, e.modality) for e in extract(sentence, date(2023, 4, 4))
            if e.event_mode == "withdraw"} == expected


def test_a_second_clause_reported_by_the_same_verb_is_the_speakers():
    text = "Chile said any attack on its ships would be answered, and that it could suspend its fisheries pact with Peru."
    assert _withdrawals(text) == {("CHL", "PER", "2023-04-04")}


def test_it_that_speaks_is_the_country_that_opened_the_sentence_before():
    text = ("Santiago closed its ports to Peruvian boats on Tuesday. It said it could suspend its fisheries pact "
            "with Peru. It was the third dispute this year.")
    assert _withdrawals(text) == {("CHL", "PER", "2023-04-04")}


@pytest.mark.parametrize("sentence, expected", [
    # (the Chilean envoy who signed in Lima travelled there)
    ("Signed in Lima in 1929 by Chilean envoy Emiliano Figueroa and Peruvian envoy Pedro Rada, it settled the border.",
     {("agreement", "sign", "CHL", "PER", "asserted"), ("visit", "unspecified", "CHL", "PER", "asserted")}),
    ("Signed by Chile and Peru under pressure from the United States, the treaty settled the border.", set()),
    ("Signed by Chile in 1929, it settled the border.", set()),
])
def test_a_signing_told_by_a_participle_opening_the_sentence(sentence, expected):
    assert triples(extract(sentence, date(2023, 4, 4))) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Bolivia is now the only member that has not ratified the water treaty with Peru.",
     {("agreement", "ratify", "BOL", "PER", "negated")}),
    ("Bolivia is the last country that signed a water treaty with Peru.", {("agreement", "sign", "BOL", "PER", "asserted")}),
    # "A and B were among the countries that ...": both act.
    ("Bolivia and Chile were among the countries that signed a water treaty with Peru.",
     {("agreement", "sign", "BOL", "PER", "asserted"), ("agreement", "sign", "CHL", "PER", "asserted")}),
])
def test_a_relative_clause_after_the_predicate_of_be_is_its_subjects(sentence, expected):
    assert triples(extract(sentence, date(2023, 4, 4))) == expected


@pytest.mark.parametrize("sentence, expected", [
    # A participle after the pact (or its comma) with "by" past a date or place names who signed it.
    ("The dispute began with the water accord, signed in Lima in March 2019 by Chile and Peru.",
     {("CHL", "PER", "2019-03-01")}),
    ("The water accord signed in 2019 by Chile and Peru lapsed.", {("CHL", "PER", "2019-01-01")}),
    ("The water accord, signed in 2019, lapsed.", set()),
])
def test_a_pact_signed_by_sides_named_after_its_date(sentence, expected):
    assert {(e.actor_country, e.target_country, str(e.date_start)) for e in extract(sentence, date(2023, 4, 4))} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Bolivia ended its military cooperation agreement with Brazil on Tuesday.", {("BOL", "BRA", "2023-04-04")}),
    ("Bolivia terminated the gas deal with Brazil on Tuesday.", {("BOL", "BRA", "2023-04-04")}),
    ("Bolivia and Brazil ended their talks with an agreement on gas on Tuesday.", set()),
    ("Bolivia ended its blockade of the border with Brazil on Tuesday.", set()),
])
def test_ending_or_terminating_a_deal_leaves_it(sentence, expected):
    assert _withdrawals(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Chile suspended the Lauca River Treaty on Monday until Bolivia stops diverting the water.",
     {("CHL", "BOL", "2023-04-03")}),
    ("Chile suspended the Lauca River Treaty on Monday until further notice.", set()),
])
def test_a_deal_suspended_until_another_side_acts_is_left_towards_it(sentence, expected):
    assert _withdrawals(sentence) == expected


def test_they_after_where_are_the_sides_of_the_main_clause():
    events = extract("Chile and Peru held talks in Lima on Monday, where they agreed to set up a border commission.",
                     date(2023, 4, 4))
    assert triples(events) == {("meeting", "talks", "CHL", "PER", "asserted"),
                               ("agreement", "agree", "CHL", "PER", "asserted")}


@pytest.mark.parametrize("text", [
    "Chile announced its withdrawal from the trade pact with Peru on Tuesday.",
    "Chile's exit from the fisheries deal with Peru was announced on Tuesday.",
    "Chile said on Tuesday it had given formal notice of its withdrawal from the 2015 memorandum with Lima.",
])
def test_a_withdrawal_told_as_a_noun_is_aimed_at_the_other_side_of_the_deal(text):
    assert _withdrawals(text) == {("CHL", "PER", "2023-04-04")}


def test_notice_served_on_a_deal_is_its_withdrawal():
    assert _withdrawals("Chile served notice of termination of its fisheries agreement with Peru on Tuesday.") \
        == {("CHL", "PER", "2023-04-04")}


def test_a_treaty_between_two_sides_signed_in_the_passive_is_signed_by_them():
    assert _agreements("The border treaty between Chile and Peru was signed in May 2009.") \
        == {("sign", "CHL", "PER", "asserted")}


def test_halting_a_war_under_a_deal_leaves_no_deal():
    text = "Chile and Peru agreed to halt the border fighting under a deal brokered by Brazil."
    assert _withdrawals(text) == set()


@pytest.mark.parametrize("text", [
    "Chile completed its ratification of the fisheries treaty with Peru.",
    "Chile's ratification of the border treaty with Peru was welcomed by Bolivia.",
])
def test_a_ratification_told_as_a_noun_is_the_owners(text):
    assert {a for a in _agreements(text)} == {("ratify", "CHL", "PER", "asserted")}


@pytest.mark.parametrize("text", [
    "Chile suspended its participation in the fisheries treaty with Peru on Tuesday.",
    "Chile left the trade pact with Peru on Tuesday.",
])
def test_leaving_a_deal_named_deep_in_the_object_is_aimed_at_its_other_side(text):
    assert _withdrawals(text) == {("CHL", "PER", "2023-04-04")}


def test_leaving_a_country_is_no_deal_left():
    assert _withdrawals("Chile said its diplomats would leave Peru on Tuesday.") == set()


@pytest.mark.parametrize("text", [
    "The bases are open under a pact Chile and Peru signed in 2014.",
    "Bolivia praised the pact Chile signed with Peru in 2014.",
])
def test_a_deal_signed_in_a_relative_clause_without_that_is_signed_by_its_subject(text):
    assert ("sign", "CHL", "PER", "asserted") in _agreements(text)


@pytest.mark.parametrize(("sentence", "expected"), [
    # Two country names joined by a hyphen before a deal noun are its two sides.
    ("Spain quit the Spain-Morocco fisheries pact.", {("agreement", "withdraw", "ESP", "MAR", "asserted")}),
    ("Canberra suspended the Australia-Fiji Strategic Partnership.",
     {("agreement", "withdraw", "AUS", "FJI", "asserted")}),
    # A suspended partnership is a deal put aside, as a suspended pact is.
    ("Washington suspended its strategic partnership with Kyiv.", {("agreement", "withdraw", "USA", "UKR", "asserted")}),
    ("Voters discussed the Peru-Chile war.", set()),
])
def test_hyphened_sides_and_suspended_partnerships(sentence, expected):
    assert triples(extract(sentence)) == expected


@pytest.mark.parametrize("text, expected", [
    # "also signed": a second document between the same sides, not another mention of the first.
    ("Chile signed a trade pact with Peru on Monday. The two governments also signed a memorandum on fishing.",
     [("agreement", "sign", "CHL", "PER"), ("agreement", "sign", "CHL", "PER")]),
    ("Chile signed a trade pact with Peru on Monday. The two governments signed the pact after years of talks.",
     [("agreement", "sign", "CHL", "PER"), ("meeting", "talks", "CHL", "PER")]),
])
def test_a_second_signing_said_with_also(text, expected):
    events = extract(text, date(2024, 3, 4))
    assert sorted((e.event_type, e.event_mode, e.actor_country, e.target_country) for e in events) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # The words of a pact's capitalised title count as one in the reach of its support verb.
    ("Chile and Peru signed the Chile-Peru Free Trade Agreement on Friday.",
     {("agreement", "sign", "CHL", "PER", "asserted")}),
    ("Kenya and Ghana today signed the Kenya-Ghana Economic Partnership and Investment Accord.",
     {("agreement", "sign", "KEN", "GHA", "asserted")}),
    # A lower-case noun keeps the short reach: a named ship is no title of the threat.
    ("Caracas described the voyage of HMS Tyne as a threat.", set()),
])
def test_a_long_capitalised_title_keeps_its_support_verb(sentence, expected):
    assert {t for t in triples(extract(sentence)) if t[0] in ("agreement", "statement")} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("India and Japan signed an MoU on railways.", {("agreement", "sign", "IND", "JPN", "asserted")}),
    ("Armenia and Azerbaijan signed a ceasefire in Moscow.", {("agreement", "sign", "ARM", "AZE", "asserted")}),
    ("Israel reached a truce with Lebanon.", {("agreement", "agree", "ISR", "LBN", "asserted")}),
    ("India and Australia penned a trade deal.", {("agreement", "sign", "IND", "AUS", "asserted")}),
    ("The Polish parliament rubber-stamped the treaty with Ukraine.", {("agreement", "ratify", "POL", "UKR", "asserted")}),
    ("Sweden acceded to NATO in March.", {("agreement", "join", "SWE", "NTO", "asserted")}),
    ("The United States ditched the nuclear deal with Iran.", {("agreement", "withdraw", "USA", "IRN", "asserted")}),
])
def test_more_words_of_signing_joining_and_leaving(sentence, expected):
    assert {t for t in triples(extract(sentence)) if t[0] == "agreement"} == expected


@pytest.mark.parametrize("sentence, expected", [
    # A headline's "Subject to VERB" tells a plan, with or without a day.
    ("Chilean and Bolivian foreign ministers to visit Peru",
     {("visit", "unspecified", "CHL", "PER", "planned"), ("visit", "unspecified", "BOL", "PER", "planned")}),
    ("Chile to sign fisheries pact with Peru", {("agreement", "sign", "CHL", "PER", "planned")}),
    ("President of Chile to pay a state visit to Peru", {("visit", "state", "CHL", "PER", "planned")}),
])
def test_a_headline_infinitive_is_a_plan(sentence, expected):
    assert set(triples(extract(sentence))) == expected
