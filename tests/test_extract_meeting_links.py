"""Exact events out of short sentences written for these tests: meetings told on the side of
another clause ("praised China after meeting Xi"), by "the two" and by a subject joined with a
pronoun ("He and the president held talks"), and talks told as the purpose of a trip ("flew to
Lima for two days of talks")."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


def _meetings(text: str) -> set[tuple]:
    return {t for t in triples(extract(text)) if t[0] == "meeting"}


@pytest.mark.parametrize("sentence, expected", [
    # A participle after "after", "before" ... is the clause's subject's act, not its object's.
    ("Kenyan President William Ruto praised Egypt after meeting Ethiopian Prime Minister Abiy Ahmed.",
     {("meeting", "talks", "KEN", "ETH", "asserted")}),
    ("German Chancellor Olaf Scholz warned Moscow on Friday before meeting Polish President Andrzej Duda.",
     {("meeting", "talks", "DEU", "POL", "asserted")}),
    ("Japanese Prime Minister Fumio Kishida said after holding talks with Narendra Modi that ties were strong.",
     {("meeting", "talks", "JPN", "IND", "asserted")}),
    # "the" before the one met still makes "meeting" the verb, not the noun.
    ("Chilean President Gabriel Boric called it a fair step after meeting the Peruvian ambassador, Luis Castro.",
     {("meeting", "talks", "CHL", "PER", "asserted")}),
    # Talks named by a bare noun in such a phrase: the clause's subject held them.
    ("Kenyan President William Ruto criticised Sudan after talks with Ethiopian Prime Minister Abiy Ahmed.",
     {("meeting", "talks", "KEN", "ETH", "asserted")}),
    ("Indonesian President Joko Widodo said on Monday following talks with Anthony Albanese that trade would grow.",
     {("meeting", "talks", "IDN", "AUS", "asserted")}),
    # Being "in talks with" is no occasion phrase: nothing new here.
    ("Kenya said it was in talks with several lenders.", set()),
])
def test_a_meeting_on_the_side_of_a_clause_is_its_subjects(sentence, expected):
    assert _meetings(sentence) == expected


def test_him_after_the_subjects_participle_is_someone_named_before():
    text = ("Chinese Foreign Minister Wang Yi arrived in Nairobi on Monday. "
            "Kenyan President William Ruto said after meeting him that Kenya wanted more trade.")
    assert _meetings(text) == {("meeting", "talks", "KEN", "CHN", "asserted")}


def test_an_ambassador_met_where_posted_makes_no_trip():
    events = extract("In Santiago, Chilean President Gabriel Boric praised Peru after meeting the Peruvian "
                     "ambassador, Luis Castro.")
    assert not [e for e in events if e.event_type == "visit"]
    assert ("meeting", "talks", "CHL", "PER", "asserted") in triples(events)


@pytest.mark.parametrize("sentence, expected", [
    # "the two" after any act between two people of the same sentence: those two people met.
    (("Canadian Foreign Minister Melanie Joly said she had raised Canada's concerns with India's Foreign "
      "Minister Subrahmanyam Jaishankar when the two met in Tokyo."), {("meeting", "talks", "CAN", "IND", "asserted")}),
    (("Kenyan President William Ruto urged Ethiopian Prime Minister Abiy Ahmed to end the fighting when the "
      "two men spoke by phone on Sunday."), {("meeting", "call", "KEN", "ETH", "asserted")}),
    # The first named acts, though a pronoun of theirs stands nearer.
    (("Kenyan President William Ruto thanked Ethiopian Prime Minister Abiy Ahmed for his help, and the two "
      "held talks on trade."), {("meeting", "talks", "KEN", "ETH", "asserted")}),
    # A third country named besides the two people: which two is not clear.
    ("Kenyan President William Ruto raised Sudan with Ethiopian Prime Minister Abiy Ahmed when the two met.", set()),
])
def test_the_two_after_an_act_between_two_people(sentence, expected):
    assert _meetings(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "His Excellency" is a style of address, not "his": the person after it is the one meant.
    (("Ghana's President John Mahama visited Abuja on Monday, during which he and His Excellency Bola Tinubu, "
      "President of Nigeria, discussed trade."), {("meeting", "talks", "GHA", "NGA", "asserted")}),
    ("Jordan's King Abdullah II received His Excellency Mr Emmanuel Macron in Amman.",
     {("meeting", "talks", "JOR", "FRA", "asserted")}),
])
def test_a_style_of_address_names_the_person_after_it(sentence, expected):
    assert _meetings(sentence) == expected


def test_the_king_is_the_king_named_before_not_a_president():
    text = ("Jordan's King Abdullah II spoke with President Joe Biden on Monday. "
            "The King also held a telephone conversation with Egyptian President Abdel Fattah al-Sisi.")
    assert _meetings(text) == {("meeting", "call", "JOR", "USA", "asserted"), ("meeting", "call", "JOR", "EGY", "asserted")}


def test_they_in_a_clause_of_time_are_the_two_people_named_before():
    text = ("Kenyan President William Ruto thanked Ethiopian Prime Minister Abiy Ahmed for his help when they "
            "met in Nairobi.")
    assert _meetings(text) == {("meeting", "talks", "KEN", "ETH", "asserted")}


def test_since_they_met_is_the_latest_pairs_earlier_meeting_on_its_own_date():
    events = extract("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed on Monday. "
                     "It was their first meeting in a year, since they met in Cairo in November 2022.")
    assert {(e.event_type, e.actor_country, e.target_country, e.place_country, str(e.date_start), e.date_precision)
            for e in events if e.event_type == "meeting"} == {
        ("meeting", "KEN", "ETH", None, "2024-06-17", "day"), ("meeting", "KEN", "ETH", "EGY", "2022-11-01", "month")}


def test_they_of_others_named_in_the_sentence_are_not_the_latest_pair():
    text = ("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed on Monday. "
            "EU foreign ministers will review the sanctions when they meet next month.")
    # "they" are the EU's ministers: their own meeting to come (bloc_meetings.py), not Kenya's with Ethiopia
    assert _meetings(text) == {("meeting", "talks", "KEN", "ETH", "asserted"), ("meeting", "talks", "EUU", None, "planned")}


def test_a_since_clause_with_two_subjects_keeps_its_own_date():
    events = extract("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed on Monday. "
                     "Relations have improved since Ruto and Abiy met in Cairo in March 2023.")
    assert sorted((e.actor_country, e.target_country, str(e.date_start)) for e in events if e.event_type == "meeting") == [
        ("KEN", "ETH", "2023-03-01"), ("KEN", "ETH", "2024-06-17")]


@pytest.mark.parametrize("text, expected", [
    # A pronoun joined with "the general": the person named before with that rank.
    (("Thai Prime Minister Srettha Thavisin flew to Myanmar on Thursday to see the army chief, Senior General "
      "Min Aung Hlaing. He and the general held talks on Friday."), {("meeting", "talks", "THA", "MMR", "asserted")}),
    # "the general election" is no person.
    (("Thai Prime Minister Srettha Thavisin flew to Myanmar on Thursday to see the army chief, Senior General "
      "Min Aung Hlaing. He said the general election would be held in May."), set()),
])
def test_the_general_is_the_person_named_with_that_rank(text, expected):
    assert _meetings(text) == expected


def test_they_after_talks_are_the_people_at_the_table_not_the_office_holders_of_today():
    # Published in 2024, when Trump held no office: "They" are still Kim and Trump.
    events = extract("Kim Jong Un met Donald Trump in Hanoi. They first met in Singapore in June 2018.")
    assert {(e.actor, e.target, str(e.date_start)) for e in events if e.event_type == "meeting"} == {
        ("Kim Jong Un", "Donald Trump", "2024-06-19"), ("Kim Jong Un", "Donald Trump", "2018-06-01")}


@pytest.mark.parametrize("text, expected", [
    # Companions named in the subject's phrase hold the talks too, whichever of them stands nearer the verb.
    ("Kenyan President William Ruto, accompanied by the head of the AU Commission, Moussa Faki Mahamat, "
     "held talks with Vladimir Putin in Sochi.",
     {("meeting", "talks", "KEN", "RUS", "asserted"), ("meeting", "talks", "AFU", "RUS", "asserted")}),
    ("Kenyan President William Ruto and Ghana's president, together with the AU Commission chairman, held talks with Putin.",
     {("meeting", "talks", code, "RUS", "asserted") for code in ("KEN", "GHA", "AFU")}),
    # The companion's name set after its title, nearest the verb: the subject still leads.
    ("Macron, accompanied by the head of the European Commission, Ursula von der Leyen, held talks with Xi Jinping.",
     {("meeting", "talks", "FRA", "CHN", "asserted"), ("meeting", "talks", "EUU", "CHN", "asserted")}),
    # A companion phrase without its closing comma is left alone.
    ("Kenyan President William Ruto, accompanied by his wife held talks with Putin.",
     {("meeting", "talks", "KEN", "RUS", "asserted")}),
])
def test_companions_meet_with_the_subject(text, expected):
    assert _meetings(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "between the two" with no noun after it is the latest pair; "between the two Koreas" names its own.
    ("Serbia and Kosovo signed an accord. The EU has mediated between the two since 2011.",
     {("meeting", "mediation", "EUU", "SRB", "asserted"), ("meeting", "mediation", "EUU", "XKX", "asserted")}),
    # Any tense of speaking by telephone or video link is a call.
    ("Chile's president had spoken by telephone with Peru's president on Wednesday.",
     {("meeting", "call", "CHL", "PER", "asserted")}),
])
def test_the_two_after_between_and_calls_in_any_tense(text, expected):
    assert _meetings(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Talks told as the purpose of a trip are with the host, past words that describe them.
    ("Chile's foreign minister travelled to Lima on Monday for two days of talks.",
     {("meeting", "talks", "CHL", "PER", "asserted")}),
    ("Chile's foreign minister will fly to Lima next week for a second round of high-level talks.",
     {("meeting", "talks", "CHL", "PER", "planned")}),
    # A talks noun that needs a support verb is an event as the purpose of a trip too.
    ("Chile's deputy foreign minister travelled to Lima on Monday for consultations.",
     {("meeting", "negotiation", "CHL", "PER", "asserted")}),
    # Not after a recall, and "a meeting of" others is a gathering, not talks with the host.
    ("Chile recalled its ambassador from Peru for consultations.", set()),
])
def test_talks_told_as_the_purpose_of_a_trip(text, expected):
    assert _meetings(text) == expected
