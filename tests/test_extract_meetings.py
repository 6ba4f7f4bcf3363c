"""Exact events out of short sentences written for these tests: meetings and calls told loosely
(a call named by a noun inside a phrase, background meetings, talks a trip is made for); mediation
has test_extract_mediation.py."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("sentence, expected", [
    # A call in a parenthesis belongs to the subject of the clause around it.
    ("Spanish Prime Minister Pedro Sanchez said on Monday, after a call with Joe Biden, that talks would go on.",
     {("meeting", "call", "ESP", "USA", "asserted")}),
    ("Biden told reporters after a call with Xi Jinping that the talks had been useful.",
     {("meeting", "call", "USA", "CHN", "asserted")}),
    # A call in a phrase that opens the clause: its object is named first, the clause's subject second.
    ("During a call with Japanese Prime Minister Fumio Kishida on Friday, Biden pledged support.",
     {("meeting", "call", "JPN", "USA", "asserted")}),
    # "a call for" is an appeal, not a conversation.
    ("The call for restraint came from the Vatican.", set()),
])
def test_a_call_named_by_a_noun_in_a_phrase(sentence, expected):
    assert {t for t in triples(extract(sentence)) if t[0] == "meeting"} == expected


def test_hosted_talks_are_placed_at_the_host():
    events = [e for e in extract("Oman hosted talks between Iran and Egypt in 2022.") if e.event_type == "meeting"]
    assert {(e.actor_country, e.target_country, e.place_country) for e in events} == {
        ("OMN", "IRN", "OMN"), ("OMN", "EGY", "OMN")}


def test_talks_joined_to_an_earlier_meeting_are_between_its_countries():
    events = extract("Macron has opened contacts with Beijing, including a phone call with Xi Jinping "
                     "last month and talks between senior officials in Paris.")
    assert {(e.event_type, e.event_mode, e.actor_country, e.target_country, e.place_country) for e in events} == {
        ("meeting", "call", "FRA", "CHN", None), ("meeting", "talks", "FRA", "CHN", "FRA")}
    talks = next(e for e in events if e.event_mode == "talks")
    assert (talks.actor, talks.target) == ("France", "China")  # not the leaders: no trip is implied


@pytest.mark.parametrize("sentence, expected", [
    # Talks with nobody named, held in a foreign city, are with the host country.
    ("Kenyan President William Ruto held talks in Tokyo on Monday.",
     {("meeting", "talks", "KEN", "JPN", "asserted")}),
    # A summit in a city is a gathering there, not talks with the host.
    ("The leaders met at the NATO summit in Vilnius.", set()),
])
def test_talks_in_a_foreign_city_are_with_its_country(sentence, expected):
    assert {t for t in triples(extract(sentence)) if t[0] == "meeting"} == expected


def test_talks_as_the_purpose_of_a_trip_are_with_the_host_there_and_then():
    events = extract("The Kenyan president said he would travel to Tokyo on Monday for talks.")
    assert {(e.event_type, e.actor_country, e.target_country, e.place_country, e.date_start, e.modality)
            for e in events} == {("visit", "KEN", "JPN", "JPN", date(2024, 6, 24), "planned"),
                                 ("meeting", "KEN", "JPN", "JPN", date(2024, 6, 24), "planned")}


@pytest.mark.parametrize("sentence, expected", [
    # What one leader told another "in talks" was said face to face: they held talks.
    ("Macron told Xi Jinping on Tuesday that the war must end, in talks at the Great Hall.",
     {("meeting", "talks", "FRA", "CHN", "asserted")}),
    # Talks inside what was reported are someone else's.
    ("Russia said Ukraine was stalling in talks.", set()),
])
def test_told_in_talks_is_a_meeting_of_speaker_and_addressee(sentence, expected):
    assert {t for t in triples(extract(sentence)) if t[0] == "meeting"} == expected


@pytest.mark.parametrize("sentence, expected", [
    # "gave a warm welcome to" a leader hosts a visit, as "welcomed" does.
    ("The Greek prime minister gave a warm welcome to the Egyptian president on Monday.",
     {("visit", "unspecified", "EGY", "GRC", "asserted"), ("meeting", "talks", "GRC", "EGY", "asserted")}),
    ("Chile rolled out the red carpet for the Brazilian president.",
     {("visit", "unspecified", "BRA", "CHL", "asserted")}),
    ("The crowd gave a warm welcome to the band.", set()),
])
def test_a_warm_welcome_to_a_leader_hosts_a_visit(sentence, expected):
    assert triples(extract(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "his" before the one met is the subject's own word, not a second side.
    ("Egypt's president met his Turkish counterpart on Saturday.", {("meeting", "talks", "EGY", "TUR", "asserted")}),
    # "called his counterpart": a call with no "with".
    ("Pakistan's army chief called his Indian counterpart on Saturday.",
     {("meeting", "call", "PAK", "IND", "asserted")}),
    ("The German chancellor spoke by video link with Japan's prime minister on Monday.",
     {("meeting", "call", "DEU", "JPN", "asserted")}),
])
def test_calls_and_meetings_with_a_counterpart(sentence, expected):
    assert {t for t in triples(extract(sentence)) if t[0] == "meeting"} == expected


@pytest.mark.parametrize("sentence, expected", [
    # A meeting called off is negated even when it was planned, and it took nobody abroad.
    ("Egypt has called off a planned meeting between its foreign minister and Turkey's foreign minister in Doha.",
     {("meeting", "talks", "EGY", "TUR", "negated")}),
    ("Chile is cancelling talks with Peru.", {("meeting", "talks", "CHL", "PER", "negated")}),
    ("Egypt's president will meet Turkey's president in Doha next week.",
     {("meeting", "talks", "EGY", "TUR", "planned"), ("visit", "unspecified", "EGY", "QAT", "planned"),
      ("visit", "unspecified", "TUR", "QAT", "planned")}),
])
def test_a_meeting_called_off_is_negated(sentence, expected):
    assert set(triples(extract(sentence))) == expected


def test_a_hope_that_came_to_nothing_is_negated():
    assert set(triples(extract("Chile had hoped to host Peru's president in Santiago."))) >= {
        ("visit", "unspecified", "PER", "CHL", "negated")}


def test_the_two_leaders_are_the_news_pair_not_a_pair_from_history():
    # "then-Prime Minister" is a title; a visit of 2021 does not become "the two leaders"; the
    # pair keeps the order the talks gave it, not the guest's visit.
    text = ("PARIS, June 19 — French President Emmanuel Macron held talks with Brazilian President Luiz Inacio "
            "Lula da Silva in Paris on Wednesday, who is on a visit to France. Trade links had been strained since "
            "then-Prime Minister Boris Johnson's visit to Brazil in 2021. The two leaders agreed to expand trade.")
    assert triples(extract(text)) == {
        ("meeting", "talks", "FRA", "BRA", "asserted"), ("visit", "unspecified", "BRA", "FRA", "asserted"),
        ("visit", "unspecified", "GBR", "BRA", "asserted"), ("agreement", "agree", "FRA", "BRA", "asserted")}


def test_a_guest_received_today_in_a_press_release():
    assert triples(extract("Chile's foreign minister received today his Peruvian counterpart in Santiago.")) == {
        ("meeting", "talks", "CHL", "PER", "asserted"), ("visit", "unspecified", "PER", "CHL", "asserted")}


@pytest.mark.parametrize("sentence, expected", [
    # Talks in the purpose phrase after a destination are held there, not where earlier talks were.
    ("The envoy of Norway held talks in Bogota before travelling to Caracas to meet Venezuela's president.",
     {("meeting", "COL", "COL"), ("visit", "COL", "COL"), ("meeting", "VEN", "VEN"), ("visit", "VEN", "VEN")}),
])
def test_talks_after_a_destination_are_held_there(sentence, expected):
    assert {(e.event_type, e.target_country, e.place_country) for e in extract(sentence)} == expected


@pytest.mark.parametrize("sentence, expected", [
    # A call told by its means after the other side: "spoke with X by telephone".
    ("The Chilean president spoke with Peru's president by telephone on Monday.",
     {("meeting", "call", "CHL", "PER", "asserted")}),
    ("Chile's foreign minister discussed the border with Peru's foreign minister by phone.",
     {("meeting", "call", "CHL", "PER", "asserted")}),
    # With no means told, a leader spoken with is still a conversation (usually a call).
    ("The Chilean president spoke with Peru's president about the border.",
     {("meeting", "call", "CHL", "PER", "asserted")}),
])
def test_a_call_told_by_its_means(sentence, expected):
    assert {t for t in triples(extract(sentence)) if t[0] == "meeting"} == expected


def test_a_place_in_the_phrase_of_where_a_traveller_came_from_is_not_where_the_talks_were():
    # the talks are in Lima (the dateline); the summit the president came from was in New Delhi
    events = extract("LIMA, June 19 — Chile's president arrived on Tuesday from the G20 summit in New Delhi "
                     "and held talks with Peru's president.")
    assert {(e.event_type, e.event_mode, e.actor_country, e.target_country, e.place_country) for e in events} == {
        ("visit", "unspecified", "CHL", "PER", "PER"), ("meeting", "talks", "CHL", "PER", "PER"),
        ("visit", "summit", "CHL", "IND", "IND")}


@pytest.mark.parametrize("sentence, expected", [
    # Suspended talks are off; suspended sanctions are no negated meeting (the cue is for talks only).
    ("Chile suspended border talks with Peru on Friday.", {("meeting", "talks", "CHL", "PER", "negated")}),
    ("Chile suspended its sanctions on Peru on Friday.", set()),
])
def test_suspended_talks_are_negated(sentence, expected):
    assert {t for t in triples(extract(sentence)) if t[0] == "meeting"} == expected


@pytest.mark.parametrize("sentence, expected", [
    # A host named by title ("Peru's president") meets the guest as a named host does; officials do not.
    ("The Chilean president was received by Peru's president in Lima on Monday.",
     {("visit", "unspecified", "CHL", "PER", "asserted"), ("meeting", "talks", "CHL", "PER", "asserted")}),
    ("The Chilean president was received by Peruvian officials in Lima on Monday.",
     {("visit", "unspecified", "CHL", "PER", "asserted")}),
])
def test_a_host_named_by_title_meets_the_guest(sentence, expected):
    assert triples(extract(sentence)) == expected


def test_leaders_who_exchanged_visits_each_visited_the_other():
    events = extract("Chilean President Gabriel Boric and Argentine President Javier Milei exchanged visits in March and May.")
    assert {(e.event_type, e.actor_country, e.target_country, e.place_country) for e in events} == {
        ("visit", "CHL", "ARG", "ARG"), ("visit", "ARG", "CHL", "CHL")}


def test_the_two_countries_of_a_recent_past_thread_are_its_two_doers():
    # Months back is still the thread the story follows, not history to skip.
    text = ("LIMA, March 3 — Brazil's president met Argentina's president on Monday. Chile and Peru applied "
            "together to join NATO in June 2024. A month later, the two countries signed a memorandum with Bolivia.")
    signed = {(e.actor_country, e.target_country) for e in extract(text, date(2025, 3, 3))
              if e.event_type == "agreement" and e.event_mode == "sign"}
    assert signed == {("CHL", "BOL"), ("PER", "BOL")}


@pytest.mark.parametrize("sentence, expected", [
    # Meeting again is what the sides agreed on: a planned meeting, beside the one held.
    (("Peru's President Dina Boluarte and Chilean President Gabriel Boric met in Lima on Monday. The two "
      "presidents agreed to meet again in Santiago next year."),
     {("meeting", "talks", "PER", "CHL", "asserted"), ("meeting", "talks", "PER", "CHL", "planned")}),
    ("Japan and South Korea agreed to hold talks on export controls.",
     {("meeting", "talks", "JPN", "KOR", "planned")}),
])
def test_talks_the_sides_agree_to_hold_are_planned(sentence, expected):
    assert {t for t in triples(extract(sentence)) if t[0] == "meeting"} == expected


def test_the_two_men_are_the_latest_pair():
    events = extract("Biden and Xi held talks in Geneva on Wednesday. The two men last met in Bali in 2022.",
                     published=date(2023, 11, 16))
    meetings = {(e.actor_country, e.target_country, e.place_country, e.date_start.year if e.date_start else None)
                for e in events if e.event_type == "meeting"}
    assert meetings == {("USA", "CHN", "CHE", 2023), ("USA", "CHN", "IDN", 2022)}


@pytest.mark.parametrize("sentence, expected", [
    # Consultations and dialogue are talks only when someone holds, opens or resumes them.
    ("China and India held consultations on the border on Monday.",
     {("meeting", "negotiation", "CHN", "IND", "asserted")}),
    ("Officials of Japan and South Korea would resume dialogue on export controls.",
     {("meeting", "talks", "JPN", "KOR", "planned")}),
    ("Chile recalled its ambassador from Israel for consultations.", set()),
    ("The Pope called for dialogue between Israel and Iran.", set()),
])
def test_consultations_and_dialogue_need_a_support_verb(sentence, expected):
    assert {t for t in triples(extract(sentence)) if t[0] == "meeting"} == expected


@pytest.mark.parametrize("sentence, expected", [
    # "no" between the support verb and its noun denies the event.
    ("Japan has had no consultations with North Korea since 2019.",
     {("meeting", "negotiation", "JPN", "PRK", "negated")}),
    ("Chile and Peru held no talks last year.", {("meeting", "talks", "CHL", "PER", "negated")}),
    ("Chile and Peru held talks last year.", {("meeting", "talks", "CHL", "PER", "asserted")}),
])
def test_no_before_a_supported_noun_negates_it(sentence, expected):
    assert {t for t in triples(extract(sentence)) if t[0] == "meeting"} == expected


@pytest.mark.parametrize("sentence, expected", [
    # Presence told by a remote means is a call to the gathering, not a trip to it.
    ("The Indian leader attended the ASEAN summit by video link.",
     {("meeting", "call", "IND", "ASN", "asserted")}),
    ("Egypt's president took part in the African Union summit by videoconference on Friday.",
     {("meeting", "call", "EGY", "AFU", "asserted")}),
    ("The French president addressed the Ukrainian parliament via video link.",
     {("meeting", "call", "FRA", "UKR", "asserted")}),
    ("The Indian leader attended the ASEAN summit in Jakarta.", {("visit", "summit", "IND", "IDN", "asserted")}),
    # Taking part in a gathering abroad is attending it.
    ("The Indian leader took part in the ASEAN summit in Jakarta.", {("visit", "summit", "IND", "IDN", "asserted")}),
    ("Brazil participated in the talks in Geneva.", {("visit", "summit", "BRA", "CHE", "asserted")}),
    ("Japan took part in the naval exercise in the Philippines.", set()),
    ("The French president addressed the Ukrainian parliament on Tuesday.", set()),
])
def test_presence_by_a_remote_means_is_a_call(sentence, expected):
    assert {t for t in triples(extract(sentence)) if t[0] in ("meeting", "visit")} == expected


@pytest.mark.parametrize("sentence, expected", [
    # Talks in a phrase of time are held by the clause's subjects, and "agreed" or "resume"
    # before the phrase does not make them a plan.
    ("Chile and Peru agreed on Monday to reopen the border after six hours of talks.",
     {("meeting", "talks", "CHL", "PER", "asserted")}),
    ("Chile and Peru agreed during talks in Lima to resume flights.",
     {("meeting", "talks", "CHL", "PER", "asserted")}),
    ("Chile and Peru agreed to hold talks in May.", {("meeting", "talks", "CHL", "PER", "planned")}),
])
def test_talks_in_a_phrase_of_time_were_held(sentence, expected):
    assert {t for t in triples(extract(sentence)) if t[0] == "meeting"} == expected


@pytest.mark.parametrize("sentence, expected", [
    # A leader spoken to, with no means told, is still a conversation between the two countries.
    ("The French president said he had spoken to Recep Tayyip Erdogan on Friday.",
     {("meeting", "call", "FRA", "TUR", "asserted")}),
    ("Kenya expelled Somalia's envoy on Monday. Antony Blinken said he had spoken with both leaders.",
     {("relations", "expel", "KEN", "SOM", "asserted"), ("meeting", "call", "USA", "KEN", "asserted"),
      ("meeting", "call", "USA", "SOM", "asserted")}),
    # Reporters and peoples are no side.
    ("The German chancellor spoke to reporters in Warsaw.", set()),
])
def test_a_leader_spoken_to_is_a_conversation(sentence, expected):
    assert set(triples(extract(sentence))) == expected


def test_ambassadors_attending_where_they_are_posted_make_no_trip():
    sentence = "The Japanese ambassador to Kenya attended the signing ceremony in Nairobi on Tuesday."
    assert {t for t in triples(extract(sentence)) if t[0] == "visit"} == set()
    assert ("visit", "summit", "JPN", "KEN", "asserted") in triples(
        extract("Japan's foreign minister attended the signing ceremony in Nairobi on Tuesday."))


def test_onlookers_attending_the_talks_are_not_its_sides():
    events = extract("Kenyan and Somali ministers met in Djibouti on Monday. "
                     "The British and Turkish ambassadors to Djibouti attended the talks.")
    assert {(e.event_type, e.event_mode, e.actor_country, e.target_country) for e in events
            if e.event_type == "meeting"} == {("meeting", "talks", "KEN", "SOM")}


def test_the_two_countries_are_the_sides_told_in_the_sentence_not_its_venue():
    # The city of the gathering is where, not a third side; "the two countries" are the two named.
    events = extract("Sweden's prime minister met Norway's king on Monday. At the 2009 forum in Lisbon, "
                     "Swiss President Anna Keller and Czech President Jan Novak held the first meeting between leaders of the two countries.",
                     date(2019, 3, 6))
    assert {(e.event_type, e.actor_country, e.target_country) for e in events if e.event_type == "meeting"} == {
        ("meeting", "SWE", "NOR"), ("meeting", "CHE", "CZE")}


def test_the_pair_after_joint_talks_keeps_the_order_of_the_text():
    # Talks of "A and B ... between the two countries" are told both ways; "the two governments"
    # next keeps A first.
    events = extract("Sweden's prime minister met Norway's king on Monday. At the 2009 forum in Lisbon, "
                     "Swiss President Anna Keller and Czech President Jan Novak held the first meeting between "
                     "leaders of the two countries. Weeks later the two governments announced they would "
                     "restore diplomatic relations.", date(2019, 3, 6))
    assert {(e.event_type, e.actor_country, e.target_country) for e in events if e.event_type == "relations"} == {
        ("relations", "CHE", "CZE")}


def test_a_leader_due_or_expected_in_a_city_is_a_planned_visit():
    events = extract("Indian Foreign Minister S. Jaishankar is due in Tokyo on Thursday.", date(2024, 5, 21))
    assert triples(events) == {("visit", "unspecified", "IND", "JPN", "planned")}
    events = extract("German Chancellor Olaf Scholz was expected in Paris later in the week, his office said.",
                     date(2024, 5, 21))
    assert triples(events) == {("visit", "unspecified", "DEU", "FRA", "planned")}
    assert extract("A verdict is expected in March and results are due in Kenya next week.", date(2024, 5, 21)) == []


def test_the_ministers_of_a_list_of_countries_meet_the_object_each_not_one_another():
    events = extract("The presidents of Kenya and Uganda met Ethiopia's prime minister on Tuesday.", date(2024, 5, 21))
    assert triples(events) == {("meeting", "talks", "KEN", "ETH", "asserted"),
                               ("meeting", "talks", "UGA", "ETH", "asserted")}
    events = extract("The defence ministers of Poland, Lithuania and Latvia met the Ukrainian defence minister "
                     "in Warsaw on Tuesday.", date(2024, 5, 21))
    assert {(e.actor_country, e.target_country) for e in events if e.event_type == "meeting"} == {
        ("POL", "UKR"), ("LTU", "UKR"), ("LVA", "UKR")}


def test_talks_told_with_a_trip_in_one_sentence_share_its_month_and_place():
    events = extract("In early May, Zarif came to Tokyo and met Abe, who told him Japan wanted to help.", date(2019, 6, 14))
    assert {(e.event_type, e.actor_country, e.target_country, e.place_country, str(e.date_start)) for e in events} == {
        ("visit", "IRN", "JPN", "JPN", "2019-05-01"), ("meeting", "IRN", "JPN", "JPN", "2019-05-01"),
        ("statement", "JPN", "IRN", "JPN", "2019-05-01")}


@pytest.mark.parametrize("sentence, expected", [
    # A chair of talks between two others mediates between them, as a host does.
    ("Ghana chaired talks between Mali and Niger on Monday.",
     {("meeting", "mediation", "GHA", "MLI", "asserted"), ("meeting", "mediation", "GHA", "NER", "asserted")}),
    # A chaired meeting of a domestic body is no event between countries.
    ("Ghana's president chaired a meeting of the national security council on Monday.", set()),
])
def test_a_chair_of_talks_holds_them(sentence, expected):
    assert {t for t in triples(extract(sentence)) if t[0] == "meeting"} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("French President Emmanuel Macron jetted to Beijing on Monday.", {("visit", "unspecified", "FRA", "CHN", "asserted")}),
    ("The Japanese prime minister headed for Canberra on Sunday.", {("visit", "unspecified", "JPN", "AUS", "asserted")}),
    ("Blinken swung through Jordan last week.", {("visit", "unspecified", "USA", "JOR", "asserted")}),
    ("The Thai foreign minister paid a courtesy call on the Indian prime minister in New Delhi.",
     {("visit", "unspecified", "THA", "IND", "asserted")}),
    ("Turkey's president consulted with the Iranian president on Tuesday.", {("meeting", "talks", "TUR", "IRN", "asserted")}),
    ("The Indian foreign minister exchanged views with his Russian counterpart.",
     {("meeting", "talks", "IND", "RUS", "asserted")}),
    ("The Spanish king held an audience with the Moroccan foreign minister.", {("meeting", "talks", "ESP", "MAR", "asserted")}),
    ("Britain and France conducted talks in London.", {("meeting", "talks", "GBR", "FRA", "asserted")}),
    ("Russia said it was in contact with Armenia and Azerbaijan.",
     {("meeting", "call", "RUS", "ARM", "asserted"), ("meeting", "call", "RUS", "AZE", "asserted")}),
    ("Norway chaired talks between Colombia and Venezuela.",
     {("meeting", "mediation", "NOR", "COL", "asserted"), ("meeting", "mediation", "NOR", "VEN", "asserted")}),
    # a plural noun 'jets' before 'to' is no trip
    ("Thailand sent F-16 jets to bomb Cambodian positions.", set()),
])
def test_more_words_of_travel_and_talks(sentence, expected):
    assert {t for t in triples(extract(sentence)) if t[0] in ("visit", "meeting")} == expected


def test_talks_a_coming_trip_is_made_for_are_planned_on_its_day():
    events = extract("Kenya's President William Ruto will fly on Friday to Dodoma for talks with Tanzania's "
                     "President Samia Suluhu Hassan.", date(2024, 5, 6))
    assert sorted((e.event_type, e.actor_country, e.target_country, e.modality, str(e.date_start)) for e in events) == [
        ("meeting", "KEN", "TZA", "planned", "2024-05-10"), ("visit", "KEN", "TZA", "planned", "2024-05-10")]


@pytest.mark.parametrize("text, expected", [
    # two sides that discussed something held talks (in person unless a telephone says otherwise)
    ("Kenya and Uganda discussed trade on Thursday.", {("meeting", "talks", "KEN", "UGA")}),
    ("Ruto discussed the border with Museveni on Thursday.", {("meeting", "talks", "KEN", "UGA")}),
    ("Ruto discussed the border with Museveni by telephone on Thursday.", {("meeting", "call", "KEN", "UGA")}),
    # one side discussing a matter that names another country: no talks
    ("The Kenyan cabinet discussed sanctions on Uganda on Thursday.", set()),
])
def test_two_sides_that_discussed_something_held_talks(text, expected):
    assert {(e.event_type, e.event_mode, e.actor_country, e.target_country)
            for e in extract(text, date(2024, 3, 8)) if e.event_type == "meeting"} == expected


def test_a_second_predicate_after_between_a_and_b_has_the_main_subject():
    # "between Moscow and Kyiv" is no subject of "met": Lula met Xi
    text = "Lula proposed that a group of countries mediate between Moscow and Kyiv, and met Xi in Beijing."
    assert {(e.event_type, e.actor_country, e.target_country) for e in extract(text, date(2023, 4, 14))
            if e.event_type == "meeting"} == {("meeting", "BRA", "CHN")}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Kenyan President William Ruto and Ugandan President Yoweri Museveni spoke to each other at a summit in Russia.",
     {("meeting", "talks", "KEN", "UGA", "asserted")}),
    ("Kenyan and Ugandan officials talked with one another on Monday.",
     {("meeting", "talks", "KEN", "UGA", "asserted")}),
    # Speaking of each other is no talk between them.
    ("Kenyan President William Ruto and Ugandan President Yoweri Museveni spoke warmly of each other.", set()),
])
def test_two_sides_speaking_to_each_other_meet(sentence, expected):
    assert {t for t in triples(extract(sentence)) if t[0] == "meeting"} == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Kenyan President William Ruto said at a joint press conference with visiting Ugandan President "
     "Yoweri Museveni that the border would reopen.", {("meeting", "talks", "KEN", "UGA", "asserted")}),
    ("At a joint appearance with Yoweri Museveni, Ruto suggested that the two economies merge.",
     {("meeting", "talks", "KEN", "UGA", "asserted")}),
    # A press conference given alone is no meeting.
    ("Kenyan President William Ruto told a press conference in Nairobi that trade was growing.", set()),
])
def test_a_press_conference_given_with_someone_is_a_meeting(sentence, expected):
    assert {t for t in triples(extract(sentence)) if t[0] == "meeting"} == expected
