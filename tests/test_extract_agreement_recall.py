"""Agreements told in ways a bare "A signed a deal with B" is not: deals named with the year they
were made, joint subjects that refer back to the sides of talks told before."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, triples


def _agreements(text: str, published: date = date(2024, 6, 19)) -> set[tuple]:
    return {(e.event_mode, e.actor_country, e.target_country, e.modality)
            for e in extract(text, published) if e.event_type == "agreement"}


def _dated(text: str) -> set[tuple]:
    return {(e.event_mode, e.actor_country, e.target_country, str(e.date_start), e.date_precision)
            for e in extract(text) if e.event_type == "agreement"}


def test_a_deal_named_with_its_year_between_two_sides_is_their_signing_then():
    text = "Peruvian ministers praised the 1929 border treaty between Peru and Chile on Monday."
    assert _dated(text) == {("sign", "PER", "CHL", "1929-01-01", "year")}


def test_a_deal_signed_is_dated_by_the_year_in_its_name():
    text = "Ecuador and Colombia signed the 2012 fisheries accord in Quito."
    assert _dated(text) == {("sign", "ECU", "COL", "2012-01-01", "year")}


def test_a_dated_deal_with_one_side_named_is_no_signing():
    # "with Chile" may be the other side of the praise as well as of the deal
    assert _agreements("Peru praised a 2015 fishing deal with Chile.") == set()


def test_a_year_as_time_before_a_deal_is_not_its_name():
    text = "In 2015 the accord between Peru and Chile was praised by Brazil."
    assert not any(d[3] == "2015-01-01" for d in _dated(text))


def test_the_leaders_after_a_summit_are_its_sides_past_sentences_that_told_nothing():
    text = ("Prime Minister Narendra Modi hosted the first India-Central Asia summit on Thursday. "
            "The summit was attended by the President of Kazakhstan, Kassym-Jomart Tokayev, and the President "
            "of Uzbekistan, Shavkat Mirziyoyev. The summit marked thirty years since the establishment of "
            "diplomatic relations. Trade talks have long been slow. Officials expressed condolences for the "
            "loss of lives in the floods. The leaders agreed to meet every two years.")
    assert {(mode, actor, target) for mode, actor, target, _ in _agreements(text)} == {
        ("agree", "IND", "KAZ"), ("agree", "IND", "UZB")}


_TALKS = "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Kampala on Tuesday. "


def test_documents_exchanged_in_the_presence_of_the_two_leaders_are_signed_between_them():
    text = _TALKS + ("In the presence of the two presidents, the following documents were exchanged: an agreement "
                     "on oil pipelines; a memorandum on trade.")
    assert ("sign", "KEN", "UGA", "asserted") in _agreements(text)


def test_agreements_exchanged_in_the_presence_of_heads_of_state_are_signed_between_them():
    text = _TALKS + "Six agreements were exchanged in the presence of the two Heads of State, covering energy and roads."
    assert ("sign", "KEN", "UGA", "asserted") in _agreements(text)


def test_views_exchanged_on_a_deal_sign_nothing():
    assert _agreements(_TALKS + "The two presidents exchanged views on the trade deal.") == set()


def test_a_treaty_signed_after_its_title_sides_and_an_aside_is_signed_between_the_sides():
    text = "The Treaty of Friendship between Kenya and Uganda, as amended, was signed on Tuesday."
    assert _agreements(text) == {("sign", "KEN", "UGA", "asserted")}


def test_a_deal_ended_in_the_present_tense_is_left():
    assert _agreements("Chad ends defence cooperation agreement with France") == {
        ("withdraw", "TCD", "FRA", "asserted")}


def test_freezing_its_part_in_a_body_leaves_that_body_whatever_else_is_named():
    text = "Mali froze its membership of the African Union on Monday, as France and Algeria looked on."
    assert _agreements(text) == {("withdraw", "MLI", "AFU", "asserted")}


def test_suspending_its_participation_in_a_bloc_leaves_the_bloc_not_the_others_named():
    text = "Mali suspended its participation in ECOWAS on Monday, as France and Algeria looked on."
    assert _agreements(text) == {("withdraw", "MLI", "ECW", "asserted")}


def test_frozen_assets_are_no_deal_left():
    assert _agreements("Mali froze the assets of French firms on Monday.") == set()


def test_the_two_countries_of_a_story_of_measures_reach_the_deal():
    text = ("Trump lifts tariffs on Mexican goods. President Donald Trump said on Friday that the tariffs were "
            "suspended after the two countries reached an agreement on migration.")
    assert ("agree", "USA", "MEX", "asserted") in _agreements(text)


def test_the_two_countries_are_not_the_pair_of_measures_once_a_third_is_named():
    text = ("Trump lifts tariffs on Mexican goods. Canada said on Friday it welcomed the move. Trump said the "
            "tariffs were suspended after the two countries reached an agreement on migration.")
    assert _agreements(text) == set()


def test_ties_raised_to_a_partnership_make_it_between_the_subjects():
    text = "Kenya and Uganda lifted bilateral relations to a comprehensive strategic partnership on Monday."
    assert _agreements(text) == {("sign", "KEN", "UGA", "asserted")}


def test_concerns_raised_about_a_deal_make_no_deal():
    assert _agreements("Japan raised concerns about the trade deal with China on Monday.") == set()


def test_our_two_countries_in_a_release_are_the_pair_of_the_talks():
    text = _TALKS + "The accord builds on the border treaty signed by our two countries in 2019."
    assert ("sign", "KEN", "UGA", "2019-01-01", "year") in _dated(text)


def test_our_countries_in_a_release_are_the_pair_of_the_talks():
    text = _TALKS + "It builds on the partnership that our countries concluded in 2020."
    assert ("sign", "KEN", "UGA", "2020-01-01", "year") in _dated(text)


def test_a_joint_statement_naming_no_side_is_the_deal_of_the_talks_before():
    text = ("Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Kampala on Tuesday. "
            "A joint statement issued afterwards said they were determined to open a new period of cooperation.")
    assert {(e.event_type, e.actor_country, e.target_country, str(e.date_start), e.place_country)
            for e in extract(text) if e.event_type == "agreement"} == {
        ("agreement", "KEN", "UGA", "2024-06-18", "UGA")}


def test_a_joint_communique_of_more_than_two_is_not_the_pair_s_deal():
    text = ("Macron held talks with Scholz in Paris on Monday. In a joint communique, the four leaders said the "
            "sides would implement a ceasefire.")
    assert _agreements(text) == set()


def test_the_two_neighbours_after_an_arrival_are_the_visitor_and_the_host_in_that_order():
    text = ("Ruto held talks with Tanzania's president in Dodoma on Monday. Kenyan President William Ruto arrived "
            "in Kampala on Tuesday on his second trip this week, and the two neighbours signed five agreements on trade.")
    assert {(mode, actor, target) for mode, actor, target, _ in _agreements(text)} == {("sign", "KEN", "UGA")}


def test_sides_that_met_and_agreed_past_a_mediator_in_apposition_agree_with_each_other():
    text = ("Kenyan President William Ruto and Ugandan President Yoweri Museveni met in Arusha in May under the "
            "mediation of Tanzania's president, Samia Suluhu Hassan, and agreed on a plan to ease tensions.")
    assert {(mode, actor, target) for mode, actor, target, _ in _agreements(text)} == {("agree", "KEN", "UGA")}


def test_sides_that_agree_in_a_headline_s_present_tense_agree():
    assert _agreements("Kenya and Uganda agree ceasefire in Arusha after border clashes") == {
        ("agree", "KEN", "UGA", "asserted")}


def test_a_deal_signed_in_a_year_between_the_two_countries_its_sentence_names():
    text = "Tokyo is bound to Canberra by a security pact signed in 2007."
    assert _dated(text) == {("sign", "JPN", "AUS", "2007-01-01", "year")}


def test_a_deal_signed_with_no_side_named_is_the_latest_pairs():
    text = ("Chilean President Gabriel Boric met Peruvian President Dina Boluarte on Monday. The border treaty, "
            "signed in 1929, still sets the line.")
    assert ("sign", "CHL", "PER", "1929-01-01", "year") in _dated(text)


def test_a_deal_with_a_partner_signed_in_a_month_is_the_subjects():
    text = "Japan has answered with deals of its own, among them a maritime pact with Fiji signed in May 2021."
    assert _dated(text) == {("sign", "JPN", "FJI", "2021-05-01", "month")}


def test_a_deal_signed_somewhere_beside_one_named_country_and_no_partner_names_no_signing():
    text = ("Chilean President Gabriel Boric met Peruvian President Dina Boluarte on Monday. Brazil said trade "
            "would continue under the deal signed in Lima last week.")
    assert not any(d[0] == "sign" for d in _dated(text))


def test_a_deal_signed_beside_three_named_countries_names_no_signing():
    text = "France, Germany and Italy praised the climate accord signed in Paris in 2015."
    assert not any(d[0] == "sign" for d in _dated(text))


def test_deals_signed_in_the_passive_with_no_signer_are_the_latest_pairs():
    text = ("Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Monday. Six memoranda "
            "were signed, covering trade and health.")
    assert ("sign", "CHL", "PER", "asserted") in _agreements(text)


@pytest.mark.parametrize("headline, expected", [
    # A headline joins two predicates by a comma: the place picked is no subject of the second.
    ("Boric picks Lima for first foreign trip, signs 12 accords",
     {("agreement", "sign", "CHL", "PER", "asserted")}),
    ("Boric picks Lima for first trip abroad, meets Dina Boluarte",
     {("meeting", "talks", "CHL", "PER", "asserted")}),
])
def test_a_headline_second_predicate_shares_the_first_subject(headline, expected):
    assert {t for t in triples(extract(headline)) if t[0] in ("agreement", "meeting")} == expected
