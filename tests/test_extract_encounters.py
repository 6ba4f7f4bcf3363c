"""Exact events out of short sentences written for these tests: visits, meetings, agreements and
military acts (lists of sides, references back, background events)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, triples


def test_a_meeting_abroad_implies_the_trips_of_its_day_news_or_history():
    news = extract("Kenyan President William Ruto met Chinese Premier Li Qiang in Lima on Monday.",
                   date(2024, 11, 20))
    assert {(e.actor_country, e.target_country) for e in news if e.event_type == "visit"} == {
        ("KEN", "PER"), ("CHN", "PER")}
    older = extract("Ruto and Li Qiang met in Lima in March 2022.", date(2024, 11, 20))
    assert {(e.event_type, e.actor_country, e.target_country, str(e.date_start)) for e in older} == {
        ("meeting", "KEN", "CHN", "2022-03-01"), ("visit", "KEN", "PER", "2022-03-01"),
        ("visit", "CHN", "PER", "2022-03-01")}


def _dated(events) -> set[tuple]:
    return {(e.event_type, e.actor_country, e.target_country, e.date_start, e.date_precision, e.modality)
            for e in events}


def test_a_first_visit_since_a_year_tells_of_a_visit_in_that_year():
    events = extract("Kenyan President William Ruto arrived in Tokyo on Monday, his first visit to Japan since 2016.",
                     date(2024, 5, 21))
    assert _dated(events) == {("visit", "KEN", "JPN", date(2024, 5, 20), "day", "asserted"),
                              ("visit", "KEN", "JPN", date(2016, 1, 1), "year", "asserted")}


def test_a_first_visit_in_some_years_counts_back_from_publication():
    events = extract("Ruto is the first Kenyan president to travel to Japan in eleven years.", date(2024, 5, 21))
    assert ("visit", "KEN", "JPN", date(2013, 1, 1), "year", "asserted") in _dated(events)


def test_the_date_after_a_since_belongs_to_the_earlier_event():
    events = extract("It was Ruto's first visit to Japan since 2016 and the first summit since the "
                     "two sides met in Nairobi in 2019.", date(2024, 5, 21))
    visits = {(e.date_start, e.date_precision) for e in events if e.event_type == "visit"}
    assert visits == {(date(2024, 5, 21), "day"), (date(2016, 1, 1), "year")}


def test_a_summit_with_the_leaders_of_a_list_is_talks_with_each_and_a_trip_by_each():
    events = extract("On Sunday the Kenyan president attended a summit in Cairo with the leaders of the "
                     "African Union states as well as Chad, Niger and Jordan.", date(2024, 5, 21))
    assert triples(events) == {
        ("visit", "summit", "KEN", "EGY", "asserted"),
        *{("meeting", "talks", "KEN", code, "asserted") for code in ("AFU", "TCD", "NER", "JOR")},
        *{("visit", "summit", code, "EGY", "asserted") for code in ("TCD", "NER", "JOR")}}


def test_a_name_that_may_be_a_persons_is_a_country_in_a_list_of_countries():
    events = extract("Ruto held talks with Egypt and Jordan.", date(2024, 5, 21))
    assert triples(events) == {("meeting", "talks", "KEN", code, "asserted") for code in ("EGY", "JOR")}
    # On its own the name is the country; beside a first name or surname it is a person.
    assert triples(extract("Ruto held talks with Jordan.", date(2024, 5, 21))) == {
        ("meeting", "talks", "KEN", "JOR", "asserted")}
    assert triples(extract("Ruto held talks with Jordan Peterson.", date(2024, 5, 21))) == set()


def test_the_two_on_its_own_are_the_sides_of_the_latest_pair():
    events = extract("Kenyan President William Ruto landed in Dodoma on Monday. After a ceremony, the two "
                     "held talks for several hours.", date(2024, 5, 21))
    assert triples(events) == {("visit", "unspecified", "KEN", "TZA", "asserted"),
                               ("meeting", "talks", "KEN", "TZA", "asserted")}


def test_a_leader_met_by_another_is_the_first_named_side_of_the_meeting():
    events = extract("Ruto was met at the airport by Tanzanian President Samia Suluhu Hassan.", date(2024, 5, 21))
    assert {t for t in triples(events) if t[0] == "meeting"} == {("meeting", "talks", "KEN", "TZA", "asserted")}


def test_two_countries_words_before_one_noun_are_two_actors():
    events = extract("Serbian and Hungarian delegations met in Vienna on Monday.", date(2024, 5, 21))
    assert {t for t in triples(events) if t[0] == "meeting"} == {("meeting", "talks", "SRB", "HUN", "asserted")}


def test_a_drill_held_in_answer_to_a_launch_is_aimed_at_the_launcher_but_not_held_there():
    events = extract("Iran launched a ballistic missile on Tuesday. Hours after the launch, Israeli and U.S. "
                     "jets held a joint drill over the Mediterranean.", date(2024, 5, 22))
    drills = {(e.actor_country, e.target_country, e.place_country) for e in events if e.event_mode == "exercise"}
    assert drills == {("ISR", "IRN", None), ("USA", "IRN", None)}


def test_a_pact_still_to_be_ratified_is_a_planned_ratification_by_each_side():
    events = extract("Chile and Peru signed a water treaty on Monday. It must be ratified by Chile's parliament "
                     "and the Peruvian Senate.", date(2024, 5, 22))
    assert triples(events) == {("agreement", "sign", "CHL", "PER", "asserted"),
                               ("agreement", "ratify", "CHL", "PER", "planned"),
                               ("agreement", "ratify", "PER", "CHL", "planned")}


def test_a_pact_signed_before_a_junior_is_still_to_be_ratified_by_each_side():
    events = extract("Chile and Peru signed a water treaty before Gabriel Boric Jr. It must be ratified by Chile's "
                     "parliament and the Peruvian Senate.", date(2024, 5, 22))
    assert {(e.actor_country, e.target_country) for e in events if e.event_mode == "ratify"} == {
        ("CHL", "PER"), ("PER", "CHL")}


def test_ratifying_or_approving_an_accession_is_aimed_at_the_country_joining():
    applied = "Moldova applied to join the European Union in March. "
    owed = extract(applied + "Austria and Hungary have yet to approve its bid.", date(2024, 5, 22))
    assert {t for t in triples(owed) if t[1] == "ratify"} == {
        ("agreement", "ratify", "AUT", "MDA", "negated"), ("agreement", "ratify", "HUN", "MDA", "negated")}
    done = extract(applied + "Austria's parliament ratified the accession on Tuesday.", date(2024, 5, 22))
    assert {t for t in triples(done) if t[1] == "ratify"} == {("agreement", "ratify", "AUT", "MDA", "asserted")}


def test_coming_to_a_capital_is_a_visit_but_coming_to_a_countrys_aid_is_not():
    assert triples(extract("Ruto came to Kyiv on Monday.", date(2024, 5, 22))) == {
        ("visit", "unspecified", "KEN", "UKR", "asserted")}
    assert triples(extract("Russia came to Syria's aid in 2015.", date(2024, 5, 22))) == set()


def test_talks_resumed_or_renewed_are_held_by_both_subjects():
    assert triples(extract("Chile and Peru resumed negotiations on maritime limits.")) == {
        ("meeting", "negotiation", "CHL", "PER", "asserted")}
    assert triples(extract("Ghana and Togo will reopen talks on the border.")) == {
        ("meeting", "talks", "GHA", "TGO", "planned")}


def test_talks_between_the_same_sides_on_two_stated_days_are_two_meetings():
    events = extract("Ruto met Chinese Premier Li Qiang in Beijing on Monday. "
                     "On Wednesday Ruto held talks with Li Qiang again in Shanghai.", date(2024, 11, 22))
    meetings = {(e.actor_country, e.target_country, e.date_start) for e in events if e.event_type == "meeting"}
    assert meetings == {("KEN", "CHN", date(2024, 11, 18)), ("KEN", "CHN", date(2024, 11, 20))}


def test_talks_between_the_same_sides_in_two_countries_are_two_meetings():
    events = extract("Ruto held talks with Li Qiang in Lima in November. "
                     "Ruto met Li Qiang in Beijing in November.", date(2024, 12, 22))
    places = {e.place_country for e in events if e.event_type == "meeting"}
    assert places == {"PER", "CHN"}


def test_a_broker_or_mediator_between_two_sides_mediates_with_each():
    sides = {("meeting", "mediation", "QAT", code, "asserted") for code in ("ETH", "ERI")}
    assert triples(extract("Qatar brokered a truce between Ethiopia and Eritrea.")) == sides
    assert triples(extract("Qatar has presented itself as a mediator between Ethiopia and Eritrea.")) == sides
    assert triples(extract("Qatar's mediation between Ethiopia and Eritrea stalled.")) == sides
    assert triples(extract("The stockbroker said shares in Doha rose.")) == set()


def test_a_trip_from_another_country_tells_of_a_stop_there_before():
    events = extract("Blinken arrived in Tel Aviv from Amman on Tuesday.")
    assert triples(events) == {("visit", "unspecified", "USA", "ISR", "asserted"),
                               ("visit", "unspecified", "USA", "JOR", "asserted")}
    assert {e.date_precision for e in events if e.target_country == "JOR"} == {"unknown"}
    assert triples(extract("Macron flew to Nairobi from Paris on Monday.")) == {
        ("visit", "unspecified", "FRA", "KEN", "asserted")}
    assert triples(extract("Scholz flew to Beijing with business leaders from Germany.")) == {
        ("visit", "unspecified", "DEU", "CHN", "asserted")}


def test_the_guests_a_summit_brought_together_visit_where_it_was_filed():
    events = extract("NAIROBI, May 4 — Kenya opened the forum.\n\nThe summit brought together ministers of "
                     "30 countries, including Brazilian President Lula and Chilean President Gabriel Boric.",
                     date(2024, 5, 4))
    assert {e for e in triples(events) if e[0] == "visit"} == {
        ("visit", "summit", "BRA", "KEN", "asserted"), ("visit", "summit", "CHL", "KEN", "asserted")}


def test_leading_a_delegation_somewhere_is_a_visit():
    events = extract("Foreign Minister Wang Yi led the Chinese delegation to the talks in Geneva.", date(2024, 5, 4))
    assert triples(events) == {("visit", "unspecified", "CHN", "CHE", "asserted")}
    assert not [e for e in extract("The ruling led Kenya to recall its ambassador from Chile.", date(2024, 5, 4))
                if e.event_type == "visit"]


def test_attending_as_a_guest_is_attending_the_summit_filed_from():
    events = extract("LIMA, May 4 — The summit opened.\n\nKenyan President William Ruto, attending as a guest, "
                     "praised the host.", date(2024, 5, 4))
    assert ("visit", "summit", "KEN", "PER", "asserted") in triples(events)


def test_their_meeting_is_between_the_sides_the_clause_names():
    before = extract("At their first summit on Monday, Ruto and Brazilian President Lula announced a trade plan.",
                     date(2024, 5, 4))
    assert ("meeting", "talks", "KEN", "BRA", "asserted") in triples(before)
    subject = extract("Ruto and Lula drove together to their bilateral meeting.", date(2024, 5, 4))
    assert triples(subject) == {("meeting", "talks", "KEN", "BRA", "asserted")}


def test_the_summit_told_of_no_sides_is_the_latest_pairs_meeting():
    text = ("Kenyan President William Ruto arrived in Tokyo on Monday for a two-day visit.\n\n"
            "The summit came a week after a trade dispute flared.")
    events = extract(text, date(2024, 5, 21))
    assert {(e.event_type, e.actor_country, e.target_country, e.place_country, e.date_start) for e in events} == {
        ("visit", "KEN", "JPN", "JPN", date(2024, 5, 20)), ("meeting", "KEN", "JPN", "JPN", date(2024, 5, 20))}
    for noun in ("A summit", "The summits", "These talks"):
        later = extract(text.replace("The summit", noun), date(2024, 5, 21))
        assert all(e.event_type != "meeting" for e in later), noun


def test_a_meeting_that_was_the_first_since_a_year_tells_of_one_in_that_year():
    events = extract("Ruto's meeting with Kishida in Tokyo on Monday was their first since 2018.", date(2024, 5, 21))
    assert {e[:5] for e in _dated(events) if e[0] == "meeting"} == {
        ("meeting", "KEN", "JPN", date(2024, 5, 20), "day"), ("meeting", "KEN", "JPN", date(2018, 1, 1), "year")}
    later = extract("Ruto's meeting with Kishida in Tokyo on Monday was a first step, since 2018 was lost.",
                    date(2024, 5, 21))
    assert {e[3] for e in _dated(later) if e[0] == "meeting"} == {date(2024, 5, 20)}


def test_a_participle_meeting_after_a_comma_is_talks_of_the_main_subject():
    events = extract("Kenyan President William Ruto landed in Tokyo on Monday, meeting Prime Minister Fumio Kishida.",
                     date(2024, 5, 21))
    assert triples(events) == {("visit", "unspecified", "KEN", "JPN", "asserted"),
                               ("meeting", "talks", "KEN", "JPN", "asserted")}
    assert triples(extract("Ruto landed in Tokyo on Monday, meeting expectations.", date(2024, 5, 21))) == {
        ("visit", "unspecified", "KEN", "JPN", "asserted")}


def test_talks_after_a_clause_of_travel_have_the_traveller_as_subject_and_the_destination_as_place():
    events = extract("NAIROBI, May 21 - The summit came a day after Ruto flew to Hanoi to meet Vietnamese President "
                     "To Lam, then to Jakarta for talks with Indonesian President Prabowo Subianto.", date(2024, 5, 21))
    assert {(e.event_type, e.actor_country, e.target_country, e.place_country) for e in events} == {
        ("visit", "KEN", "VNM", "VNM"), ("meeting", "KEN", "VNM", "VNM"),
        ("meeting", "KEN", "IDN", "IDN"), ("visit", "KEN", "IDN", "IDN")}


def test_the_later_legs_of_a_trip_are_visits_of_their_own():
    assert triples(extract("Ruto visited Hanoi and then Jakarta on Monday.", date(2024, 5, 21))) == {
        ("visit", "unspecified", "KEN", "VNM", "asserted"), ("visit", "unspecified", "KEN", "IDN", "asserted")}
    assert triples(extract("Ruto flew to Hanoi to meet To Lam, then to Jakarta.", date(2024, 5, 21))) == {
        ("visit", "unspecified", "KEN", "VNM", "asserted"), ("visit", "unspecified", "KEN", "IDN", "asserted"),
        ("meeting", "talks", "KEN", "VNM", "asserted")}
    events = extract("Ruto visited Hanoi, then Jakarta said it would buy tea.", date(2024, 5, 21))
    assert {e.target_country for e in events if e.event_type == "visit"} == {"VNM"}


def test_talks_in_a_third_country_are_a_trip_by_each_side_and_at_a_summit_a_summit_trip():
    assert triples(extract("The summit in Kazakhstan gave Xi Jinping his first in-person meeting with Vladimir Putin.")) == {
        ("meeting", "talks", "CHN", "RUS", "asserted"),
        ("visit", "summit", "CHN", "KAZ", "asserted"), ("visit", "summit", "RUS", "KAZ", "asserted")}
    assert triples(extract("Turkish President Erdogan met Vladimir Putin in Iran on Tuesday.")) == {
        ("meeting", "talks", "TUR", "RUS", "asserted"),
        ("visit", "unspecified", "TUR", "IRN", "asserted"), ("visit", "unspecified", "RUS", "IRN", "asserted")}
    # the country named may be one side's own: with both sides named, the other one travelled there
    assert triples(extract("Erdogan met Putin in Russia on Tuesday.")) == {
        ("meeting", "talks", "TUR", "RUS", "asserted"), ("visit", "unspecified", "TUR", "RUS", "asserted")}


def test_talks_with_a_side_visiting_a_third_country_are_held_there_and_bring_the_other_side():
    events = extract("Kazakh President Kassym-Jomart Tokayev arrived in Ankara on Tuesday. Tokayev and "
                     "Azerbaijani President Ilham Aliyev held talks on Wednesday.", date(2024, 6, 19))
    assert {(e.event_type, e.actor_country, e.target_country, e.place_country) for e in events} == {
        ("visit", "KAZ", "TUR", "TUR"), ("meeting", "KAZ", "AZE", "TUR"), ("visit", "AZE", "TUR", "TUR")}
    # talks told with a trip of their own are where that trip goes
    events = extract("Kazakh President Kassym-Jomart Tokayev arrived in Ankara on Tuesday. On Wednesday he "
                     "flew to Baku for talks with Azerbaijani President Ilham Aliyev.", date(2024, 6, 19))
    assert {(e.event_type, e.actor_country, e.target_country, e.place_country) for e in events} == {
        ("visit", "KAZ", "TUR", "TUR"), ("visit", "KAZ", "AZE", "AZE"), ("meeting", "KAZ", "AZE", "AZE")}


def test_a_persons_act_at_a_summit_in_a_city_is_a_summit_trip_there_unless_not_in_person():
    events = extract("At the African Union summit in Addis Ababa on Sunday, Kenyan President William Ruto "
                     "criticised Egypt.", date(2024, 6, 19))
    assert {(e.event_type, e.event_mode, e.actor_country, e.target_country, e.place_country) for e in events} == {
        ("statement", "criticism", "KEN", "EGY", "ETH"), ("visit", "summit", "KEN", "ETH", "ETH")}
    events = extract("Kenyan President William Ruto criticised Egypt by video link at the African Union summit "
                     "in Addis Ababa on Sunday.", date(2024, 6, 19))
    assert {(e.event_type, e.actor_country, e.target_country) for e in events} == {("statement", "KEN", "EGY")}


@pytest.mark.parametrize("sentence", [
    "Canada advised its citizens against travel to Haiti.",
    "The EU kept its ban on travel to Belarus.",
    "Japan eased its advice on travel to China.",
    # "travel" after "avoid", "non-essential", "banned" is a noun too
    "Australia urged people to reconsider non-essential travel to Israel.",
    "Seoul banned travel to North Korea.",
])
def test_travel_advice_is_no_visit(sentence):
    assert not [e for e in extract(sentence) if e.event_type == "visit"]


def test_a_trip_still_counts_after_a_participle_opener():
    assert triples(extract("Xi, after travelling to Paris, flew on to Belgrade.")) == {
        ("visit", "unspecified", "CHN", "FRA", "asserted"), ("visit", "unspecified", "CHN", "SRB", "asserted")}


@pytest.mark.parametrize(("sentence", "expected"), [
    # A country's warships, bombers or coast guard vessels act for it.
    ("Russian warships held drills near Norway on Monday.", {("military", "exercise", "RUS", "NOR", "asserted")}),
    ("Chinese bombers flew to Pakistan.", {("military", "deployment", "CHN", "PAK", "asserted")}),
    # "a visit by X to Y": the destination after the doer.
    ("The deal was signed during a visit by Chile's president to Lima.",
     {("visit", "unspecified", "CHL", "PER", "asserted"), ("agreement", "sign", "CHL", "PER", "asserted")}),
    # "a Palestinian state" is Palestine.
    ("Slovenia recognised a Palestinian state.", {("relations", "establish", "SVN", "PSE", "asserted")}),
])
def test_warships_visits_by_and_a_palestinian_state(sentence, expected):
    assert triples(extract(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # A person received, welcomed or hosted with no host named is the guest of the place's country.
    ("Brazilian President Lula was received at the Kremlin on Tuesday.", {("visit", "unspecified", "BRA", "RUS", "asserted")}),
    ("Lula was welcomed in Tokyo on Monday.", {("visit", "unspecified", "BRA", "JPN", "asserted")}),
    # Only a person travels: a decision welcomed somewhere is praise, not a trip.
    ("Brazil's decision was welcomed in Tokyo on Monday.", set()),
])
def test_a_guest_received_at_a_place_visits_its_country(sentence, expected):
    assert {t for t in triples(extract(sentence, published=date(2023, 6, 1))) if t[0] == "visit"} == expected


def test_a_trip_told_in_an_after_clause_is_its_subjects():
    events = extract("Putin gave a speech on Tuesday, a day after U.S. President Joe Biden made a trip to Kyiv.",
                     published=date(2023, 2, 22))
    assert {t for t in triples(events) if t[0] == "visit"} == {("visit", "unspecified", "USA", "UKR", "asserted")}


def test_attending_a_swearing_in_abroad_is_a_visit():
    events = extract("Brazilian President Lula attended the swearing-in in Buenos Aires on Sunday.",
                     published=date(2023, 12, 12))
    assert {t for t in triples(events) if t[0] == "visit"} == {("visit", "summit", "BRA", "ARG", "asserted")}


@pytest.mark.parametrize("sentence, expected", [
    # "plans to", "is expected to", "intends to" are one cue unit: the verb after them is still a verb.
    ("Chilean President Gabriel Boric is expected to visit Peru next month.",
     {("visit", "unspecified", "CHL", "PER", "planned")}),
    ("Chilean President Gabriel Boric plans to visit Peru.", {("visit", "unspecified", "CHL", "PER", "planned")}),
    # Plans given up did not come true.
    ("Chilean President Gabriel Boric shelved plans to visit Peru.",
     {("visit", "unspecified", "CHL", "PER", "negated")}),
    ("Chile dropped a plan to hold talks with Peru.", {("meeting", "talks", "CHL", "PER", "negated")}),
])
def test_a_visit_after_a_cue_ending_in_to(sentence, expected):
    assert {t for t in triples(extract(sentence)) if t[0] in ("visit", "meeting")} == expected


def test_a_trip_that_took_its_traveller_somewhere():
    # "X's trip took her to A and B": the places the trip took its traveller to are visited.
    events = extract("Chilean President Gabriel Boric's trip took him to Peru and Bolivia.")
    assert {t for t in triples(events) if t[0] == "visit"} == {
        ("visit", "unspecified", "CHL", "PER", "asserted"), ("visit", "unspecified", "CHL", "BOL", "asserted")}


@pytest.mark.parametrize("sentence, expected", [
    # A country naming private people ("U.S. citizens", "Chilean students") does not travel itself.
    ("Four Chilean citizens freed in Venezuela arrived in Panama on Friday.", set()),
    ("Chilean Foreign Minister Alberto van Klaveren arrived in Panama on Friday.",
     {("visit", "unspecified", "CHL", "PAN", "asserted")}),
])
def test_private_people_of_a_country_make_no_visit(sentence, expected):
    assert {t for t in triples(extract(sentence)) if t[0] == "visit"} == expected


def test_presence_beside_a_leader_is_a_visit_to_the_place_named():
    events = extract("Italian Defence Minister Guido Crosetto stood beside Iraqi Prime Minister Mohammed Shia al-Sudani "
                     "in Baghdad on Monday.", date(2024, 3, 6))
    assert triples(events) == {("visit", "unspecified", "ITA", "IRQ", "asserted")}
    at_home = extract("Italian Defence Minister Guido Crosetto stood beside Iraqi Prime Minister Mohammed Shia al-Sudani "
                      "in Rome on Monday.", date(2024, 3, 6))
    assert not any(e.event_type == "visit" and e.actor_country == "ITA" for e in at_home)
    nowhere = extract("Italian Defence Minister Guido Crosetto said, standing beside Iraqi Prime Minister "
                      "Mohammed Shia al-Sudani, that the mission would go on.", date(2024, 3, 6))
    assert all(e.event_type != "visit" for e in nowhere)


def test_a_leader_flanked_by_foreign_leaders_hosts_them_without_talks():
    events = extract("Spanish Prime Minister Pedro Sanchez, flanked by Portuguese Prime Minister Antonio Costa, "
                     "spoke to reporters on Friday.", date(2023, 5, 12))
    assert triples(events) == {("visit", "unspecified", "PRT", "ESP", "asserted")}


def test_stepping_off_a_plane_or_touching_down_is_an_arrival():
    for sentence in ("The emir of Kuwait stepped off his plane in Cairo on Tuesday.",
                     "The Kuwaiti emir's plane touched down in Cairo on Tuesday."):
        assert triples(extract(sentence, date(2023, 5, 12))) == {("visit", "unspecified", "KWT", "EGY", "asserted")}


def test_a_clause_after_after_with_an_unknown_name_as_subject_borrows_no_visitor():
    events = extract("Beijing staged drills after Jane Doe visited Taipei.", date(2023, 4, 8))
    assert all(e.event_type != "visit" for e in events)
    known = extract("Beijing staged drills after US House Speaker Jane Doe visited Taipei.", date(2023, 4, 8))
    assert {(e.actor_country, e.target_country) for e in known if e.event_type == "visit"} == {("USA", "TWN")}


def test_an_arrival_owned_by_unnamed_people_is_not_the_welcomers_visit():
    events = extract("Canadian Foreign Minister Melanie Joly on Friday welcomed the engineers' arrival in Jordan.",
                     date(2024, 6, 28))
    assert all(e.event_type != "visit" for e in events)
    own = extract("Canadian Foreign Minister Melanie Joly's arrival in Jordan was delayed.", date(2024, 6, 28))
    assert {(e.actor_country, e.target_country) for e in own if e.event_type == "visit"} == {("CAN", "JOR")}


@pytest.mark.parametrize("text, expected", [
    # "attended the meeting": the gathering the sentence before placed with "in X"
    (("On Monday, in Vienna, OSCE ministers agreed on a monitoring mission. Canadian Foreign Minister "
      "Melanie Joly attended the meeting."), {("visit", "summit", "CAN", "AUT")}),
    # a new gathering ("a conference") is not the one told before
    (("On Monday, in Vienna, OSCE ministers agreed on a monitoring mission. Canadian Foreign Minister "
      "Melanie Joly attended a conference on trade."), set()),
])
def test_a_gathering_attended_is_where_the_sentence_before_placed_it(text, expected):
    assert {t[:4] for t in triples(extract(text)) if t[0] == "visit"} == expected


@pytest.mark.parametrize("sentence, expected", [
    # A foreign city left is where the visit was.
    ("Japan's foreign minister left Nairobi on Tuesday after a two-day stay.",
     {("visit", "unspecified", "JPN", "KEN", "asserted")}),
    # A country, a body or a city left by its resident ambassador is no visit.
    ("Japan's foreign minister said its nationals would leave Kenya.", set()),
    ("Kenya's ambassador left Tokyo on Tuesday.", set()),
])
def test_a_foreign_city_left_was_visited(sentence, expected):
    assert {t for t in triples(extract(sentence)) if t[0] == "visit"} == expected


def test_a_deal_named_after_a_city_left_is_no_visit():
    assert {t for t in triples(extract("Moldova left the Vienna accords in 2020.")) if t[0] == "visit"} == set()


@pytest.mark.parametrize("text, expected", [
    # Skipping or boycotting a gathering is a trip not made.
    ("Leaders met in Nairobi on Monday for the summit. The Ugandan president skipped the meeting.",
     {("visit", "summit", "UGA", "KEN", "negated")}),
    ("Ministers gathered in Accra on Tuesday for the forum. Mali boycotted the conference.",
     {("visit", "summit", "MLI", "GHA", "negated")}),
])
def test_skipped_gatherings_are_negated_visits(text, expected):
    assert {t for t in triples(extract(text)) if t[4] == "negated"} == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # The one after ", as did" or "and so did" does what the clause's doers did, to the same side.
    ("Chile and Peru skipped the summit in Madrid, as did Ecuador's president.",
     {("visit", "summit", "CHL", "ESP", "negated"), ("visit", "summit", "PER", "ESP", "negated"),
      ("visit", "summit", "ECU", "ESP", "negated")}),
    ("Japan condemned the missile launch by Iran on Monday, and so did Canada.",
     {("statement", "criticism", "JPN", "IRN", "asserted"), ("statement", "criticism", "CAN", "IRN", "asserted"),
      ("military", "missile_test", "IRN", None, "asserted")}),
])
def test_a_doer_added_by_ellipsis_does_what_the_clause_told(sentence, expected):
    assert triples(extract(sentence, date(2022, 6, 10))) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "the <modifiers> city of X": a destination named by its kind of place, with words before the kind
    ("Macron flew on Monday to the Red Sea port of Jeddah.", {("visit", "unspecified", "FRA", "SAU", "asserted")}),
    ("Scholz travelled to the southern city of Sochi.", {("visit", "unspecified", "DEU", "RUS", "asserted")}),
])
def test_a_destination_named_by_its_kind_of_place(sentence, expected):
    assert triples(extract(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # The kind a visit noun names is the kind of the trip its verb tells in the same sentence.
    ("Spain hosted Mexican President Claudia Sheinbaum on a state visit on Monday.",
     {("visit", "state", "MEX", "ESP", "asserted")}),
    ("Kenyan President William Ruto left for Accra on an official visit on Monday.",
     {("visit", "official", "KEN", "GHA", "asserted")}),
])
def test_a_visit_noun_gives_the_trip_its_kind(sentence, expected):
    assert triples(extract(sentence, date(2024, 6, 19))) == expected


def test_talks_after_a_journey_in_the_sentence_are_held_where_it_went():
    events = extract("Scholz, who landed in Hanoi on Sunday for a two-day stay, also met Prime Minister "
                     "Pham Minh Chinh.", date(2024, 3, 5))
    assert [(e.event_type, e.actor_country, e.target_country, e.place_country) for e in events
            if e.event_type == "meeting"] == [("meeting", "DEU", "VNM", "VNM")]
    flown = extract("Ramaphosa flew to Lima on Monday, where he held talks with Scholz.", date(2024, 3, 5))
    assert [(e.event_type, e.actor_country, e.target_country, e.place_country) for e in flown] == [
        ("visit", "ZAF", "PER", "PER"), ("meeting", "ZAF", "DEU", "PER"), ("visit", "DEU", "PER", "PER")]
    planned = extract("Ramaphosa was meant to fly to Lima in May, when he would meet Scholz.", date(2024, 3, 5))
    assert [(e.event_type, e.place_country) for e in planned] == [("visit", "PER"), ("meeting", None)]


def test_sideline_talks_told_later_are_held_at_the_gathering_named_before():
    talks = "\n\nOn the sidelines, Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan."
    for opening in ("African leaders opened their annual summit in Accra on Monday.",
                    "ACCRA, Ghana, Feb. 12 - African leaders opened their annual summit on Monday."):
        events = extract(opening + talks, date(2024, 2, 13))
        assert {(e.event_type, e.actor_country, e.target_country, e.place_country) for e in events} == {
            ("meeting", "KEN", "TZA", "GHA"), ("visit", "KEN", "GHA", "GHA"), ("visit", "TZA", "GHA", "GHA")}
    # a gathering told as coming later sets no scene for today's talks
    later = extract("Ruto will go to the African Union summit in Accra next month.\n\nOn the sidelines of a trade "
                    "fair, Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan.",
                    date(2024, 2, 13))
    assert {(e.event_type, e.place_country) for e in later} == {("visit", None), ("meeting", None)}
