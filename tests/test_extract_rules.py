"""Exact events out of short sentences written for these tests: roles, voice, modality, coreference."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, statements, triples

# (sentence, expected set of (type, mode, actor country, target country, modality))
CASES = [
    ("Chinese President Xi Jinping arrived in Moscow on Monday for a three-day state visit.",
     {("visit", "state", "CHN", "RUS", "asserted")}),
    # A leader who hosts another meets them: the first-named side acts in the meeting.
    ("Kim Jong Un welcomed Vladimir Putin at the airport in Pyongyang.",
     {("visit", "unspecified", "RUS", "PRK", "asserted"), ("meeting", "talks", "PRK", "RUS", "asserted")}),
    ("Putin was welcomed by Kim Jong Un in Pyongyang.",
     {("visit", "unspecified", "RUS", "PRK", "asserted"), ("meeting", "talks", "RUS", "PRK", "asserted")}),
    ("Vietnam hosted Vladimir Putin on Thursday.",
     {("visit", "unspecified", "RUS", "VNM", "asserted")}),
    ("Indian Prime Minister Narendra Modi will travel to Kyiv next week.",
     {("visit", "unspecified", "IND", "UKR", "planned")}),
    ("Putin did not attend the BRICS summit in Johannesburg.",
     {("visit", "summit", "RUS", "ZAF", "negated")}),
    # A planned visit that is cancelled or called off is negated, not planned.
    ("Egypt's foreign minister cancelled a planned visit to Ankara.",
     {("visit", "unspecified", "EGY", "TUR", "negated")}),
    ("The Dutch king called off his scheduled trip to Jakarta.",
     {("visit", "unspecified", "NLD", "IDN", "negated")}),
    ("Blinken met Chinese Foreign Minister Wang Yi in Beijing on Sunday.",
     {("meeting", "talks", "USA", "CHN", "asserted"), ("visit", "unspecified", "USA", "CHN", "asserted")}),
    ("Biden and Xi held talks on the sidelines of the summit.",
     {("meeting", "talks", "USA", "CHN", "asserted")}),
    ("New sanctions were imposed on Iran by the European Union.",
     {("sanction", "impose", "EUU", "IRN", "asserted")}),
    ("The United States imposed sanctions on three Russian banks.",
     {("sanction", "impose", "USA", "RUS", "asserted")}),
    ("The EU lifted sanctions on Syria.",
     {("sanction", "lift", "EUU", "SYR", "asserted")}),
    ("Germany expelled 40 Russian diplomats.",
     {("relations", "expel", "DEU", "RUS", "asserted")}),
    ("France recalled its ambassador from Niger.",
     {("relations", "recall", "FRA", "NER", "asserted")}),
    # Agreeing to do something is an agreement, and what was agreed is coded as well.
    ("Saudi Arabia and Iran agreed to restore diplomatic relations.",
     {("relations", "restore", "SAU", "IRN", "asserted"), ("agreement", "agree", "SAU", "IRN", "asserted")}),
    ("Chile and Peru agreed on Monday to reopen border crossings.",
     {("agreement", "agree", "CHL", "PER", "asserted")}),
    ("Honduras severed ties with Taiwan.",
     {("relations", "break", "HND", "TWN", "asserted")}),
    ("Belize said it was ending diplomatic relations with Taiwan.",
     {("relations", "break", "BLZ", "TWN", "asserted")}),
    ("Peru recalled its ambassador in Caracas on Friday.",
     {("relations", "recall", "PER", "VEN", "asserted")}),
    ("Japan and the Philippines signed a defence pact in Manila.",
     {("agreement", "sign", "JPN", "PHL", "asserted")}),
    ("Finland joined NATO on Tuesday.",
     {("agreement", "join", "FIN", "NTO", "asserted")}),
    # Applying to join is a planned accession; joining a summit of a group is no accession.
    ("Armenia and Moldova formally applied to join the EU.",
     {("agreement", "join", "ARM", "EUU", "planned"), ("agreement", "join", "MDA", "EUU", "planned")}),
    ("The Ukrainian president flew to Rome to join the G20 summit.",
     {("visit", "summit", "UKR", "ITA", "asserted")}),
    # A fronted "After X," is no list of subjects; a summit with several leaders is a meeting with each.
    (("After Peru, Chilean President Gabriel Boric flew to Quito for a summit with Ecuador's president "
      "and Colombia's president."),
     {("visit", "summit", "CHL", "ECU", "asserted"), ("meeting", "talks", "CHL", "ECU", "asserted"),
      ("meeting", "talks", "CHL", "COL", "asserted")}),
    ("Russia abandoned its arms treaty with the United States.",
     {("agreement", "withdraw", "RUS", "USA", "asserted")}),
    ("North Korea launched a ballistic missile toward Japan.",
     {("military", "missile_test", "PRK", "JPN", "asserted")}),
    ("China staged large-scale drills around Taiwan.",
     {("military", "exercise", "CHN", "TWN", "asserted")}),
    ("Germany will supply Leopard tanks to Ukraine.",
     {("military", "arms_transfer", "DEU", "UKR", "planned")}),
    # A transfer of arms with no recipient named is no event between two countries.
    ("Norway said it would deliver more air defence systems.",
     set()),
    ("Japan condemned the launch.",
     set()),  # no target named and no earlier launch to point at
    ("South Korea condemned North Korea's missile launch.",
     {("statement", "criticism", "KOR", "PRK", "asserted"),
      ("military", "missile_test", "PRK", None, "asserted")}),
    ("Japan and South Korea condemned North Korea.",
     {("statement", "criticism", "JPN", "PRK", "asserted"),
      ("statement", "criticism", "KOR", "PRK", "asserted")}),
    ("Russia allegedly supplied drones to Iran.",
     {("military", "arms_transfer", "RUS", "IRN", "alleged")}),
    ("The White House urged Israel to show restraint.",
     {("statement", "appeal", "USA", "ISR", "asserted")}),
    ("Iran accused Israel of attacking its embassy.",
     {("statement", "accusation", "IRN", "ISR", "asserted")}),
    ("The Kremlin praised Hungary for its stance.",
     {("statement", "praise", "RUS", "HUN", "asserted")}),
    # Reported speech is a statement about the country the reported clause (or the hearer) names;
    # what a country says about itself is not.
    ("Seoul said Pyongyang had quietly replaced its chief negotiator.",
     {("statement", "comment", "KOR", "PRK", "asserted")}),
    # moving forces is a military act: reported of another country it is an accusation
    ("Seoul said Pyongyang had quietly moved artillery closer to the border.",
     {("statement", "accusation", "KOR", "PRK", "asserted")}),
    ("French officials said on Friday that Chinese vessels had followed the ship.",
     {("statement", "comment", "FRA", "CHN", "asserted")}),
    ("French officials said on Friday that Chinese vessels had shadowed the ship.",
     {("statement", "accusation", "FRA", "CHN", "asserted")}),
    ("Macron told Xi that Europe wanted a ceasefire soon.",
     {("statement", "comment", "FRA", "CHN", "asserted")}),
    ("Berlin warned that Iranian drones were reaching the front.",
     {("statement", "concern", "DEU", "IRN", "asserted")}),
    ("Lavrov said Russia would keep its embassy open.", set()),
    ("Putin told reporters that Russia would reply.", set()),
    # "said (on a day) it would": the speaker acts; "the decision" points back at that event.
    ("Fiji said on Tuesday it would break off relations with Taiwan. Beijing welcomed the decision.",
     {("relations", "break", "FJI", "TWN", "planned"), ("statement", "praise", "CHN", "FJI", "asserted")}),
    # A three-way meeting is one row per pair with the first-named side; "signed with" is not.
    ("Narendra Modi and Anthony Albanese met Fumio Kishida on Saturday.",
     {("meeting", "talks", "IND", "AUS", "asserted"), ("meeting", "talks", "IND", "JPN", "asserted")}),
    ("Russia and Ukraine signed deals with Turkey.",
     {("agreement", "sign", "RUS", "TUR", "asserted"), ("agreement", "sign", "UKR", "TUR", "asserted")}),
    # Expulsions in other words; "said (on a day) that it would" keeps the speaker as the actor.
    ("Norway ordered two Russian diplomats to leave.",
     {("relations", "expel", "NOR", "RUS", "asserted")}),
    ("Peru declared the Venezuelan ambassador persona non grata.",
     {("relations", "expel", "PER", "VEN", "asserted")}),
    ("Latvia said on Friday that it would expel the Belarusian charge d'affaires.",
     {("relations", "expel", "LVA", "BLR", "planned")}),
    # Trade measures aimed at a country are sanctions too.
    ("Beijing halted imports of Lithuanian timber.",
     {("sanction", "impose", "CHN", "LTU", "asserted")}),
    ("Canada announced new restrictions on Iran.",
     {("sanction", "impose", "CAN", "IRN", "asserted")}),
    ("Russia restricted Georgian wine.",
     {("sanction", "impose", "RUS", "GEO", "asserted")}),
    # A reaction to a meeting is aimed at both sides; an appeal can be a request.
    ("Joe Biden met Fumio Kishida on Friday. North Korea later denounced the summit.",
     {("meeting", "talks", "USA", "JPN", "asserted"), ("statement", "criticism", "PRK", "USA", "asserted"),
      ("statement", "criticism", "PRK", "JPN", "asserted")}),
    ("Macron asked Xi to press Moscow for a ceasefire.",
     {("statement", "appeal", "FRA", "CHN", "asserted")}),
    # "called X dangerous": criticism of X; "called it a provocation": of the latest event's actor.
    ("Seoul called the Japanese plan unacceptable.",
     {("statement", "criticism", "KOR", "JPN", "asserted")}),
    ("North Korea fired a missile. South Korea called it a provocation.",
     {("military", "missile_test", "PRK", None, "asserted"), ("statement", "criticism", "KOR", "PRK", "asserted")}),
    ("Analysts expect tensions to rise.", set()),
    ("Critics warned that the deal could collapse.", set()),
]


@pytest.mark.parametrize("sentence, expected", CASES, ids=[c[0][:50] for c in CASES])
def test_sentence_gives_exactly_these_events(sentence, expected):
    assert triples(extract(sentence)) == expected


def test_surname_after_first_mention():
    events = extract("Japanese Prime Minister Fumio Kishida arrived in Kyiv on Tuesday. "
                     "Later, Kishida met Zelensky.")
    meeting = [e for e in events if e.event_type == "meeting"]
    assert [(e.actor_country, e.target_country) for e in meeting] == [("JPN", "UKR")]


def test_pronoun_refers_to_the_last_person():
    events = extract("Narendra Modi landed in Moscow. He criticised the strike on a children's hospital in Kyiv.",
                     date(2024, 7, 9))
    visit = next(e for e in events if e.event_type == "visit")
    assert (visit.actor, visit.target_country, visit.place) == ("Narendra Modi", "RUS", "Moscow")


@pytest.mark.parametrize("published, expected", [
    (date(2022, 6, 1), "Boris Johnson"),
    (date(2023, 6, 1), "Rishi Sunak"),
    (date(2025, 6, 1), "Keir Starmer"),
])
def test_a_title_means_the_office_holder_of_the_day(published, expected):
    events = extract("The British prime minister arrived in Washington.", published)
    assert [e.actor for e in events] == [expected]


def test_unknown_official_named_after_a_title():
    events = extract("Chinese Foreign Minister Qin Gang criticised Japan.", date(2023, 3, 7))
    assert [(e.actor, e.actor_country, e.actor_role, e.target_country) for e in events] == [
        ("Qin Gang", "CHN", "foreign_minister", "JPN")]


def test_direct_quote_is_kept_forstatements():
    (statement,) = extract('Zelensky criticised Russia, saying "this is a war crime and it must be punished".')
    assert statement.quote == "this is a war crime and it must be punished"


def test_repeated_mentions_merge_into_one_event():
    events = extract("Putin arrived in Pyongyang on June 19. Putin's visit to North Korea was his first in 24 years.")
    # the one 24 years before is another visit
    assert [e.date_start for e in events if e.event_type == "visit" and e.date_precision == "year"] == [date(2000, 1, 1)]
    (visit,) = [e for e in events if e.event_type == "visit" and e.date_precision == "day"]
    assert len(visit.evidence) == 2 and visit.place == "Pyongyang"


def test_possessive_pronoun_means_the_sentence_subject():
    events = extract("Vladimir Putin held talks with Vietnamese President To Lam on Thursday, days after "
                     "his trip to North Korea.", date(2024, 6, 20))
    trips = [(e.actor, e.target_country) for e in events if e.event_type == "visit"]
    assert trips == [("Vladimir Putin", "PRK")]


def test_reported_speech_keeps_the_right_subject():
    assert triples(extract("Italy said it was expelling 30 Russian diplomats.")) == {
        ("relations", "expel", "ITA", "RUS", "asserted")}
    # the launch, not the spokesman, threatened Japan: no statement by Japan's spokesman
    assert triples(extract("Japan's top spokesman said the launch threatened the safety of Japan.")) == set()


def test_a_meeting_abroad_is_also_a_visit_by_each_side_that_travelled():
    events = extract("German Chancellor Olaf Scholz met Chinese President Xi Jinping in Beijing on Friday.",
                     date(2022, 11, 4))
    assert triples(events) == {("meeting", "talks", "DEU", "CHN", "asserted"),
                               ("visit", "unspecified", "DEU", "CHN", "asserted")}
    (visit,) = [e for e in events if e.event_type == "visit"]
    (meeting,) = [e for e in events if e.event_type == "meeting"]
    assert (visit.actor, str(visit.date_start), visit.place) == ("Olaf Scholz", "2022-11-04", "Beijing")
    assert visit.confidence < meeting.confidence
    summit = extract("Joe Biden met Xi Jinping in Jakarta on Monday.", date(2022, 11, 14))
    assert {(e.actor_country, e.target_country) for e in summit if e.event_type == "visit"} == {
        ("USA", "IDN"), ("CHN", "IDN")}
    # a phone call moves nobody
    call = extract("Joe Biden spoke by phone with Xi Jinping on Thursday.", date(2022, 7, 28))
    assert all(e.event_type != "visit" for e in call)


def test_condemning_an_earlier_event_aims_at_whoever_did_it():
    events = extract("North Korea fired a ballistic missile over Japan on Tuesday. "
                     "Prime Minister Fumio Kishida condemned the launch as barbaric.", date(2022, 10, 4))
    assert ("statement", "criticism", "JPN", "PRK", "asserted") in triples(events)


def test_the_two_leaders_and_both_sides_are_the_two_sides_of_the_latest_meeting():
    events = extract("Chinese President Xi Jinping arrived in Moscow on Monday for a state visit. "
                     "Both sides are expected to sign documents on economic cooperation. "
                     "The two leaders praised each other.", date(2023, 3, 20))
    assert {("agreement", "sign", "CHN", "RUS", "planned"),
            ("statement", "praise", "CHN", "RUS", "asserted"),
            ("statement", "praise", "RUS", "CHN", "asserted")} <= triples(events)
    praise = {e.actor for e in events if e.event_type == "statement"}
    assert praise == {"Xi Jinping", "Vladimir Putin"}


def test_it_as_the_object_of_a_statement_is_the_latest_event_that_is_not_a_statement():
    events = extract("North Korea fired a ballistic missile over Japan on Tuesday. "
                     "South Korea's National Security Council called it a provocation. "
                     "Japan lodged a diplomatic protest with Beijing. The United States condemned it.",
                     date(2022, 10, 4))
    assert {("statement", "criticism", "KOR", "PRK", "asserted"),
            ("statement", "criticism", "JPN", "CHN", "asserted"),
            ("statement", "criticism", "USA", "PRK", "asserted")} <= triples(events)


def test_a_leader_signing_abroad_visited_but_a_country_signing_is_no_visit():
    events = extract("Vladimir Putin and Kim Jong Un signed a partnership treaty in Pyongyang on Wednesday.",
                     date(2024, 6, 19))
    assert ("visit", "unspecified", "RUS", "PRK", "asserted") in triples(events)
    assert all(e.event_type != "visit" for e in extract("Japan and the Philippines signed a pact in Manila."))


def test_a_name_the_dictionary_matched_only_in_part_stays_one_actor():
    # "President Xi" is a dictionary entry; "Jinping" must not become a second actor
    events = extract("U.S. President Joe Biden and Chinese President Xi Jinping met in Bali on Monday.",
                     date(2022, 11, 14))
    assert ("meeting", "talks", "USA", "CHN", "asserted") in triples(events)
    assert {(e.actor_country, e.target_country) for e in events if e.event_type == "visit"} == {
        ("USA", "IDN"), ("CHN", "IDN")}


@pytest.mark.parametrize("sentence, expected", [
    # A tone word in the reported clause gives the statement its mode and stance.
    ("Tokyo said the Chinese incursion was illegal.", {("criticism", "JPN", "CHN", "negative")}),
    # A military act reported of another country is an accusation.
    ("Seoul said Pyongyang had deployed troops near the border.", {("accusation", "KOR", "PRK", "negative")}),
    # The speaker's own country as the clause subject: the target is the next other country.
    ("Poland's president said Poland would stand by Lithuania.", {("support", "POL", "LTU", "positive")}),
    ("Canberra said Australia was grateful for Fiji's help.", {("praise", "AUS", "FJI", "positive")}),
    # A negated tone word says nothing evaluative: no statement about oneself.
    ("Canberra said Australia did not support Fiji's proposal.", set()),
    # News about oneself with no tone word is the event it reports, not a statement.
    ("Canberra said Australia would host Fiji's leader next month.", set()),
])
def test_reported_clause_tone_and_own_country_subject(sentence, expected):
    assert statements(extract(sentence)) == expected


def test_a_denial_is_negative():
    (denial,) = [e for e in extract("Moscow denied that it had supplied drones.") if e.event_type == "statement"]
    assert (denial.event_mode, denial.actor_country, denial.stance) == ("denial", "RUS", "negative")


def test_meetings_with_different_people_of_one_country_stay_apart():
    events = extract("Kenyan President William Ruto met Chinese Premier Li Qiang in Beijing on Tuesday. "
                     "On Wednesday Ruto held talks with Xi Jinping. Ruto and Xi also discussed debt.",
                     date(2023, 10, 18))
    meetings = sorted((e.actor_country, e.target_country, e.target) for e in events if e.event_type == "meeting")
    assert meetings == [("KEN", "CHN", "Li Qiang"), ("KEN", "CHN", "Xi Jinping")]


@pytest.mark.parametrize("sentence, expected", [
    # A participle after a comma or "while" shares the main clause's subject.
    ("Chile objected on Monday, accusing Peru of hiding the report.", {("accusation", "CHL", "PER", "negative")}),
    ("Ecuador's president replied that talks were possible, while blaming Colombia for the delay.",
     {("accusation", "ECU", "COL", "negative")}),
])
def test_a_participle_phrase_keeps_the_main_subject(sentence, expected):
    assert statements(extract(sentence)) == expected


@pytest.mark.parametrize("reaction", [
    "Bolivia's foreign ministry criticised the gathering.",
    # a long relative clause between the subject and its verb
    ("Bolivia, which has held a long series of protests along its borders since the start of last year, "
     "later denounced the summit."),
])
def test_a_reaction_to_a_summit_is_aimed_at_every_side_of_it(reaction):
    events = extract("Chilean President Gabriel Boric held a summit with Peru and Ecuador on Monday. " + reaction)
    assert statements(events) == {("criticism", "BOL", code, "negative") for code in ("CHL", "PER", "ECU")}


def test_talks_mediated_by_a_third_country_are_mediation_with_each_side():
    events = extract("Chile and Peru agreed on a border deal on Monday after talks mediated by Brazil. "
                     "Both sides praised each other.", date(2024, 5, 2))
    assert {t for t in triples(events) if t[0] == "meeting"} == {
        ("meeting", "mediation", "BRA", "CHL", "asserted"), ("meeting", "mediation", "BRA", "PER", "asserted")}
    # the mediator is no side: "both sides" are still Chile and Peru
    assert statements(events) == {("praise", "CHL", "PER", "positive"), ("praise", "PER", "CHL", "positive")}


def test_agreeing_to_act_on_countries_aims_the_agreement_at_each_of_them():
    events = extract("Chile and Peru met on Monday. ASEAN agreed on Tuesday to admit Bolivia and Ecuador. "
                     "The two sides praised each other.", date(2024, 5, 2))
    assert {t for t in triples(events) if t[0] == "agreement"} == {
        ("agreement", "agree", "ASN", "BOL", "asserted"), ("agreement", "agree", "ASN", "ECU", "asserted")}
    # one side of a gathering of several is no pair: "the two sides" are still Chile and Peru
    assert statements(events) == {("praise", "CHL", "PER", "positive"), ("praise", "PER", "CHL", "positive")}


def test_a_host_of_several_countries_leaders_holds_a_summit_and_talks_only_with_those_named():
    events = extract("In Lima, Peruvian President Dina Boluarte is hosting the leaders of the United States, "
                     "Chile and Ecuador.", date(2024, 5, 2))
    assert triples(events) == {("visit", "summit", code, "PER", "asserted") for code in ("USA", "CHL", "ECU")}
    assert {e.place_country for e in events} == {"PER"}
    events = extract("Joe Biden hosted Kenyan President William Ruto and Chilean President Gabriel Boric at "
                     "the White House on Monday.", date(2024, 5, 2))
    assert {t for t in triples(events) if t[0] == "meeting"} == {
        ("meeting", "talks", "USA", "KEN", "asserted"), ("meeting", "talks", "USA", "CHL", "asserted")}


def test_the_three_governments_are_each_country_of_the_latest_list_of_three():
    events = extract("Chile, Peru and Bolivia are neighbours. On Tuesday the three governments signed a water "
                     "charter in Lima. All three countries said Argentina had been unhelpful.", date(2025, 1, 29))
    assert triples(events) == {
        ("agreement", "sign", "CHL", "PER", "asserted"), ("agreement", "sign", "CHL", "BOL", "asserted"),
        ("statement", "comment", "CHL", "ARG", "asserted"), ("statement", "comment", "PER", "ARG", "asserted"),
        ("statement", "comment", "BOL", "ARG", "asserted")}


def test_a_group_phrase_whose_number_differs_from_the_list_stands_for_nobody():
    events = extract("Chile, Peru and Bolivia are neighbours. The four governments signed a water charter in Lima.",
                     date(2025, 1, 29))
    assert triples(events) == set()


@pytest.mark.parametrize("sentence, expected", [
    # "of" names who leaves, "from" what they leave; each of a list leaves.
    ("The withdrawal of Chile, Peru and Bolivia from the OAS took effect on Monday.",
     {("agreement", "withdraw", "CHL", "OAS", "asserted"), ("agreement", "withdraw", "PER", "OAS", "asserted"),
      ("agreement", "withdraw", "BOL", "OAS", "asserted")}),
    ("Britain's exit from the European Union took effect in January 2020.",
     {("agreement", "withdraw", "GBR", "EUU", "asserted")}),
    # Troops withdrawn from a country leave no organisation and no pact: a deployment ends.
    ("The withdrawal of Peruvian troops from Chile began on Monday.",
     {("military", "deployment", "PER", "CHL", "asserted")}),
])
def test_a_withdrawal_from_an_organisation_as_a_noun(sentence, expected):
    assert triples(extract(sentence, date(2024, 1, 29))) == expected


def test_joining_or_applying_with_no_object_is_joining_the_group_named_before():
    events = extract("Chile wants a seat in the OAS. Peru and Chile applied together in March 2021. "
                     "Peru joined in May 2022, and the treaty applies to both.", date(2024, 1, 29))
    joins = {(e.event_mode, e.actor_country, e.target_country, e.date_start)
             for e in events if e.event_type == "agreement"}
    assert joins == {("join", "PER", "OAS", date(2021, 3, 1)), ("join", "CHL", "OAS", date(2021, 3, 1)),
                     ("join", "PER", "OAS", date(2022, 5, 1))}


def test_attending_in_person_with_no_venue_is_a_visit_to_where_the_report_was_filed():
    events = extract("NAIROBI, May 3 \u2014 The regional summit ended on Friday.\n\n"
                     "Chile's president did not attend the gathering. Peruvian President Dina Boluarte and "
                     "Argentine President Javier Milei attended in person.", date(2024, 5, 3))
    visits = {(e.event_mode, e.actor_country, e.target_country, e.place_country, e.modality)
              for e in events if e.event_type == "visit"}
    assert visits == {("summit", "CHL", "KEN", "KEN", "negated"), ("summit", "PER", "KEN", "KEN", "asserted"),
                      ("summit", "ARG", "KEN", "KEN", "asserted")}


def test_a_veto_rejects_whoever_drafted_what_was_vetoed():
    events = extract("Brazil and India vetoed a Canada-drafted text on fishing quotas in June 2021.", date(2024, 1, 29))
    assert {(e.event_type, e.event_mode, e.actor_country, e.target_country, e.stance) for e in events} == {
        ("statement", "rejection", "BRA", "CAN", "negative"), ("statement", "rejection", "IND", "CAN", "negative")}


@pytest.mark.parametrize("sentence, expected", [
    # "the bloc" is the latest regional group named, not always the EU.
    ("Leaders of ASEAN met in Jakarta on Monday. In March 2021, Laos withdrew from the bloc.",
     {("agreement", "withdraw", "LAO", "ASN", "asserted")}),
    ("Mali quit ECOWAS in 2024.", {("agreement", "withdraw", "MLI", "ECW", "asserted")}),
])
def test_quitting_a_group_by_verb(sentence, expected):
    assert {t for t in triples(extract(sentence, date(2024, 6, 1))) if t[0] == "agreement"} == expected


def test_they_after_talks_are_every_side_of_those_talks():
    events = extract("French President Emmanuel Macron hosted German Chancellor Olaf Scholz and Italian Prime "
                     "Minister Giorgia Meloni in Paris on Monday. Officials called the mood warm. "
                     "They agreed to build a joint battery factory.", date(2024, 5, 2))
    agreements = {(e.event_mode, e.actor_country, e.target_country, e.date_start)
                  for e in events if e.event_type == "agreement"}
    assert agreements == {("agree", "FRA", "DEU", date(2024, 4, 29)), ("agree", "FRA", "ITA", date(2024, 4, 29))}


@pytest.mark.parametrize("sentence, expected", [
    # the place or the day may come between the talks and whom they were with
    ("Kenyan President William Ruto held talks in Dodoma with Tanzania's president.",
     {("meeting", "talks", "KEN", "TZA", "asserted")}),
    ("Kenyan President William Ruto held talks on Friday with Tanzania's president.",
     {("meeting", "talks", "KEN", "TZA", "asserted")}),
    ("Kenya signed a trade accord in Nairobi with Uganda and Rwanda.",
     {("agreement", "sign", "KEN", "UGA", "asserted"), ("agreement", "sign", "KEN", "RWA", "asserted")}),
])
def test_a_scene_phrase_before_the_other_side(sentence, expected):
    assert triples(e for e in extract(sentence, date(2024, 5, 4)) if e.event_type != "visit") == expected


@pytest.mark.parametrize("sentence, expected", [
    # "about 2,000": a number, not a preposition that ends the object
    ("Belarus sent about 2,000 soldiers to Russia.", {("military", "deployment", "BLR", "RUS", "asserted")}),
    ("The Serbian army carried out a bombing drill near Croatia.",
     {("military", "exercise", "SRB", "HRV", "asserted")}),
])
def test_troops_and_drills(sentence, expected):
    assert triples(extract(sentence, date(2024, 5, 2))) == expected


@pytest.mark.parametrize("sentence, expected", [
    # ", as well as" joins a list as "and" does, on either side of the verb
    ("Ghana urged Togo, as well as Benin and Niger, to reopen the border.",
     {("statement", "appeal", "GHA", "TGO", "asserted"), ("statement", "appeal", "GHA", "BEN", "asserted"),
      ("statement", "appeal", "GHA", "NER", "asserted")}),
    ("Chile, as well as Peru, criticised the attack by Bolivia.",
     {("statement", "criticism", "CHL", "BOL", "asserted"), ("statement", "criticism", "PER", "BOL", "asserted")}),
])
def test_as_well_as_joins_a_list(sentence, expected):
    assert triples(e for e in extract(sentence, date(2024, 5, 2)) if e.event_type == "statement") == expected


@pytest.mark.parametrize("sentence, expected", [
    # what one side asks another to say is the asker's appeal, not yet the other's statement
    ("Canada asked Norway to support Ukraine.", {("statement", "appeal", "CAN", "NOR", "asserted")}),
    ("Canada urged Norway to condemn the coup in Niger.", {("statement", "appeal", "CAN", "NOR", "asserted")}),
])
def test_a_statement_asked_for_is_not_made(sentence, expected):
    assert triples(e for e in extract(sentence, date(2024, 5, 2)) if e.event_type == "statement") == expected


@pytest.mark.parametrize("sentence, expected", [
    # "They" / "It" opening a sentence of speech: who acted in the sentence right before
    ("Chile and Peru recalled their envoys from Caracas. They accused Venezuela of fraud.",
     {("statement", "accusation", "CHL", "VEN", "asserted"), ("statement", "accusation", "PER", "VEN", "asserted")}),
    ("Chile recalled its envoy from Caracas. It accused Venezuela of fraud.",
     {("statement", "accusation", "CHL", "VEN", "asserted")}),
    # not across a sentence that tells nothing
    ("Chile recalled its envoy from Caracas. It was a hard week. It accused Venezuela of fraud.", set()),
])
def test_they_or_it_after_an_act_is_who_acted(sentence, expected):
    assert triples(e for e in extract(sentence, date(2024, 5, 2)) if e.event_type == "statement") == expected


def test_a_statement_aimed_at_nobody_shares_the_same_speakers_aim():
    # "voiced concern and urged Chile ...": the concern is about Chile too (the appeal an act of its own)
    events = extract("Brazil voiced concern and urged Chile to show restraint.", date(2024, 5, 2))
    assert {(e.event_mode, e.actor_country, e.target_country) for e in events} == {("concern", "BRA", "CHL"),
                                                                                  ("appeal", "BRA", "CHL")}
