"""Exact events out of short sentences written for these tests: meetings read from joint subjects
("officials from A and B met", "the A and B foreign ministers met") and from who attended a
gathering and who hosted it."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract


def _sides(text: str) -> set[tuple]:
    """(type, mode, actor country, target country, place country) of each event."""
    return {(e.event_type, e.event_mode, e.actor_country, e.target_country, e.place_country) for e in extract(text)}


@pytest.mark.parametrize("sentence, expected", [
    # People "from" two countries are the two sides, as people "of" them are.
    ("Officials from Peru and Chile met in Lima on Friday.",
     {("meeting", "talks", "PER", "CHL", "PER")}),
    ("Negotiators from Kenya and Uganda held talks in Nairobi.",
     {("meeting", "talks", "KEN", "UGA", "KEN")}),
    ("Ruto met Museveni in Kampala in March. Military commanders from the two countries met on Friday.",
     {("meeting", "talks", "KEN", "UGA", "UGA"), ("visit", "unspecified", "KEN", "UGA", "UGA"),
      ("meeting", "talks", "KEN", "UGA", None)}),
    # One place a group came from is no side: "recalled its diplomats from Lima and expelled ...".
    ("Chile recalled its diplomats from Lima and expelled two Peruvian envoys.",
     {("relations", "recall", "CHL", "PER", "PER"), ("relations", "expel", "CHL", "PER", "CHL")}),
])
def test_people_from_two_countries_are_the_sides_of_the_meeting(sentence, expected):
    assert _sides(sentence) == expected


@pytest.mark.parametrize("text, expected", [
    # A story told so far only in a measure and a reply: its two countries are "the two countries".
    (("Peru closed its border with Chile on Friday. Chile's government condemned the move. Officials "
      "from the two countries had met in Lima earlier this month."), {("PER", "CHL", "PER")}),
    # Not when the remarks name a third country: which two is not clear.
    (("Peru closed its border with Chile on Friday. Bolivia condemned the move. Officials from the two "
      "countries had met in Lima earlier this month."), set()),
])
def test_people_from_the_two_countries_of_a_story_told_in_remarks(text, expected):
    assert {(e.actor_country, e.target_country, e.place_country) for e in extract(text)
            if e.event_type == "meeting"} == expected


@pytest.mark.parametrize("sentence, names", [
    # A plural title after a list of countries' words: each country's holder of the office.
    ("The Australian and New Zealand defence ministers met in Manila on Monday.",
     {"Richard Marles", "New Zealand's defence minister"}),  # the table knows Australia's
    ("The Indian and Chinese foreign ministers met in Moscow on 10 September 2020.",
     {"S. Jaishankar", "Wang Yi"}),
    # Titles held by many stay plural, each country's.
    ("Kenyan and Ugandan officials met in Nairobi.", {"Kenya's officials", "Uganda's officials"}),
])
def test_a_title_after_a_list_of_countries_is_each_ones(sentence, names):
    meetings = [e for e in extract(sentence) if e.event_type == "meeting"]
    assert len(meetings) == 1 and {meetings[0].actor, meetings[0].target} == names


def test_each_holder_named_by_a_shared_title_travels():
    assert _sides("The Indian and Chinese foreign ministers met in Moscow.") == {
        ("meeting", "talks", "IND", "CHN", "RUS"), ("visit", "unspecified", "IND", "RUS", "RUS"),
        ("visit", "unspecified", "CHN", "RUS", "RUS")}


def test_three_countries_words_share_one_title():
    assert _sides("The French, German and Italian leaders met in Kyiv.") == {
        ("meeting", "talks", "FRA", "DEU", "UKR"), ("meeting", "talks", "FRA", "ITA", "UKR"),
        ("visit", "unspecified", "FRA", "UKR", "UKR"), ("visit", "unspecified", "DEU", "UKR", "UKR"),
        ("visit", "unspecified", "ITA", "UKR", "UKR")}


def test_forces_after_a_list_of_countries_words_stay_the_countries():
    events = extract("South Korean and U.S. fighter jets held drills over the Yellow Sea.")
    assert {(e.actor, e.actor_country) for e in events if e.event_type == "military"} >= {("South Korea", "KOR")}


@pytest.mark.parametrize("sentence, expected", [
    # The guests of a gathering its host is named for meet the host, each where it was held.
    ("The summit, hosted by Indonesia, was attended by the presidents of Kenya and Ghana.",
     {("meeting", "talks", "IDN", "KEN", "IDN"), ("meeting", "talks", "IDN", "GHA", "IDN"),
      ("visit", "summit", "KEN", "IDN", "IDN"), ("visit", "summit", "GHA", "IDN", "IDN")}),
    ("Indonesia hosted the summit, which was attended by the presidents of Kenya and Ghana.",
     {("meeting", "talks", "IDN", "KEN", "IDN"), ("meeting", "talks", "IDN", "GHA", "IDN"),
      ("visit", "summit", "KEN", "IDN", "IDN"), ("visit", "summit", "GHA", "IDN", "IDN")}),
    # A host told a sentence before: "The summit" is the one told hosted.
    ("Peru hosted a summit in Lima on Monday. The summit was attended by the presidents of Chile and Bolivia.",
     {("meeting", "talks", "PER", "CHL", "PER"), ("meeting", "talks", "PER", "BOL", "PER"),
      ("visit", "summit", "CHL", "PER", "PER"), ("visit", "summit", "BOL", "PER", "PER")}),
    # Held by video: talks with the host, at no place, and nobody travelled.
    (("Peru hosted the summit by video link on Monday. The summit was attended by the presidents of "
      "Chile and Bolivia."),
     {("meeting", "talks", "PER", "CHL", None), ("meeting", "talks", "PER", "BOL", None)}),
    # No host named: the trip to where it was, and talks with nobody in particular.
    ("The summit in Jakarta was attended by Kenyan President William Ruto.",
     {("visit", "summit", "KEN", "IDN", "IDN")}),
    # A gathering that is only where the sentence's own talks were adds none of its own.
    ("Putin and Zelensky met at a summit in Paris hosted by Macron and attended by Merkel.",
     {("meeting", "talks", "RUS", "UKR", "FRA"), ("visit", "summit", "DEU", "FRA", "FRA"),
      ("visit", "summit", "RUS", "FRA", "FRA"), ("visit", "summit", "UKR", "FRA", "FRA")}),
])
def test_guests_of_a_hosted_gathering_meet_the_host(sentence, expected):
    assert _sides(sentence) == expected


def test_a_list_of_guests_with_their_names_counts_each_country_once():
    events = extract("Modi hosted the first summit today in virtual format. The Summit was attended by the "
                     "President of Kazakhstan, H.E. Mr. Kassym-Jomart Tokayev; the President of Uzbekistan, "
                     "H.E. Mr. Shavkat Mirziyoyev; and the President of the Kyrgyz Republic, H.E. Mr. Sadyr Japarov.")
    assert sorted((e.event_type, e.actor, e.target_country, e.place_country) for e in events) == [
        ("meeting", "Narendra Modi", "KAZ", None), ("meeting", "Narendra Modi", "KGZ", None),
        ("meeting", "Narendra Modi", "UZB", None)]


def _visits(text: str) -> set[tuple]:
    """(mode, actor country, target country, place country, date) of each visit."""
    return {(e.event_mode, e.actor_country, e.target_country, e.place_country, e.date_start)
            for e in extract(text) if e.event_type == "visit"}


@pytest.mark.parametrize("text, expected", [
    # A gathering attended with no venue named is a trip to the country that hosted it.
    ("Ghana hosted a regional summit. Togolese President Faure Gnassingbe attended the summit.",
     {("summit", "TGO", "GHA", "GHA", date(2024, 6, 19))}),
    # "attended" with no object, and "as did" another guest.
    (("Ghana hosted a regional summit. Togolese President Faure Gnassingbe attended in person, "
      "as did Ivorian President Alassane Ouattara."),
     {("summit", "TGO", "GHA", "GHA", date(2024, 6, 19)), ("summit", "CIV", "GHA", "GHA", date(2024, 6, 19))}),
    ("Ghana hosted a regional summit in Kumasi. Togolese President Faure Gnassingbe attended.",
     {("summit", "TGO", "GHA", "GHA", date(2024, 6, 19))}),
    # No trip: the gathering was held by video, the guest is the host's own, a bloc convened it,
    # or the gathering attended is a new one.
    ("Ghana hosted a regional summit by video link. Togolese President Faure Gnassingbe attended the summit.", set()),
    ("Ghana hosted a regional summit. Ghanaian Foreign Minister Samuel Ablakwa attended the summit.", set()),
    ("The African Union convened talks. Togolese President Faure Gnassingbe attended the talks.", set()),
    ("Ghana hosted a regional summit. Togolese President Faure Gnassingbe attended a conference on trade.", set()),
])
def test_a_gathering_attended_is_a_trip_to_its_host(text, expected):
    assert _visits(text) == expected
