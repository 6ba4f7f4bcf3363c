"""Actor names: office-holders of earlier decades, ambiguous country names, capitals, descriptions."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, statements, triples

# (sentence, publication date, expected set of (type, mode, actor country, target country, modality))
CASES = [
    # Office-holders before 2017 are known by their surnames alone, on the date of the article.
    ("Obama praised the new government of Myanmar.", date(2012, 3, 1),
     {("statement", "praise", "USA", "MMR", "asserted")}),
    ("Yeltsin flew to Beijing on Monday.", date(1996, 4, 22),
     {("visit", "unspecified", "RUS", "CHN", "asserted")}),
    ("Chirac telephoned Mubarak on Sunday.", date(2000, 10, 8),
     {("meeting", "call", "FRA", "EGY", "asserted")}),
    # A country that is also a person's name is the country unless a name or title stands beside it.
    ("Jordan expelled two Israeli diplomats.", date(2023, 11, 2),
     {("relations", "expel", "JOR", "ISR", "asserted")}),
    ("Chad recalled its ambassador from Paris.", date(2023, 11, 2),
     {("relations", "recall", "TCD", "FRA", "asserted")}),
    ("Jordan Bardella criticised China.", date(2023, 11, 2), set()),
    ("Michael Jordan visited China.", date(2023, 11, 2), set()),
    # A city that stands for a government as a capital does: Tel Aviv, Bonn in the 1990s.
    ("Turkey recalled its ambassador from Tel Aviv.", date(2023, 11, 2),
     {("relations", "recall", "TUR", "ISR", "asserted")}),
    ("Bonn recalled its ambassador from Belgrade.", date(1992, 5, 2),
     {("relations", "recall", "DEU", "SRB", "asserted")}),
    # An adjective between a possessive country and a title: "Iran's religious leader", "X's new president".
    ("Iran's religious leader Ahmad Jannati criticised Saudi Arabia.", date(2005, 1, 1),
     {("statement", "criticism", "IRN", "SAU", "asserted")}),
    ("Lebanon's new President Samir Haddad visited Damascus.", date(2005, 1, 1),
     {("visit", "unspecified", "LBN", "SYR", "asserted")}),
    # "the island" is the island state the article named last; with none named it is nobody.
    ("Voters in Taiwan chose a new parliament. China condemned the island on Sunday.", date(2024, 1, 14),
     {("statement", "criticism", "CHN", "TWN", "asserted")}),
    ("China condemned the island on Sunday.", date(2024, 1, 14), set()),
    # "Congo", a name two countries share: the one the article shows, else the better known.
    ("Congo severed ties with Rwanda on Monday.", date(2024, 7, 30),
     {("relations", "break", "COD", "RWA", "asserted")}),
    ("Congo-Brazzaville hosted Gabon's president. Congo expelled two Gabonese diplomats.", date(2024, 7, 30),
     {("visit", "unspecified", "GAB", "COG", "asserted"), ("relations", "expel", "COG", "GAB", "asserted")}),
    # A region that holds a country's name is not that country: "Latin American" is not American.
    ("Six Latin American governments condemned Venezuela.", date(2024, 7, 30), set()),
    ("The minister toured North America and met Canadian officials.", date(2024, 7, 30), set()),
    ("American envoys met Brazil's president during a South American summit.", date(2024, 7, 30),
     {("meeting", "talks", "USA", "BRA", "asserted")}),
    # A name that opens with its article in lower case ("el-Sisi", "al-Assad") is still a name.
    ("President el-Sisi telephoned President Erdogan on Monday.", date(2023, 7, 4),
     {("meeting", "call", "EGY", "TUR", "asserted")}),
    # The Taliban speak for Afghanistan, as the news and the gold code them, and Kabul's denial answers the charge.
    ("Islamabad accused the Taliban of sheltering militants. Kabul denied the charge.", date(2025, 10, 19),
     {("statement", "accusation", "PAK", "AFG", "asserted"), ("statement", "denial", "AFG", "PAK", "asserted")}),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_actor_names(sentence, published, expected):
    assert triples(extract(sentence, published)) == expected


@pytest.mark.parametrize(("title_and_name", "shown"), [
    ("U.S. House Speaker Kevin McCarthy", "Kevin McCarthy"),
    ("Italian Foreign Minister Paolo DeLuca", "Paolo DeLuca"),
    ("Irish Foreign Minister Dermot O'Brien", "Dermot O'Brien"),
])
def test_surnames_with_inner_capitals_stay_whole(title_and_name, shown):
    # "Mc", "De", "O'" surnames carry a second capital; the name must not be cut before it.
    events = extract(f"Japan's Prime Minister Fumio Kishida met {title_and_name} in Tokyo.", date(2023, 4, 6))
    assert {e.target for e in events if e.event_type == "meeting"} == {shown}


@pytest.mark.parametrize(("sentence", "target"), [
    # The full names of the two Congos are not ambiguous; Zaire is the old name of the larger one.
    ("Angola broke off relations with the Republic of Congo.", "COG"),
    ("Angola broke off relations with the Democratic Republic of the Congo.", "COD"),
    ("Belgium broke off relations with Zaire.", "COD"),
])
def test_the_two_congos(sentence, target):
    assert {e.target_country for e in extract(sentence, date(1995, 3, 1))} == {target}


@pytest.mark.parametrize(("sentence", "expected"), [
    # Junior ranks of a title still name the country's official.
    ("Ghana's junior foreign minister Kwame Mensah summoned Togo's ambassador.",
     {("statement", "criticism", "GHA", "TGO", "asserted")}),
    ("Kenyan minister of state Jane Wanjiru visited Uganda.",
     {("visit", "unspecified", "KEN", "UGA", "asserted")}),
    # "the Emirates" is the United Arab Emirates.
    ("Oman mediated between the Emirates and Iran.",
     {("meeting", "mediation", "OMN", "ARE", "asserted"), ("meeting", "mediation", "OMN", "IRN", "asserted")}),
])
def test_junior_titles_and_the_emirates(sentence, expected):
    assert triples(extract(sentence, date(2019, 5, 2))) == expected


@pytest.mark.parametrize("text, expected", [
    # "the North" is North Korea once the article has named it; not before, nor "the North Sea"
    ("Japan held talks with North Korea on Friday. Seoul condemned the North.",
     {("statement", "criticism", "KOR", "PRK", "asserted")}),
    ("Seoul condemned the North.", set()),
    # a warning of what the speaker will do is aimed at the subject of its condition
    ("North Korea fired a missile on Monday. Seoul warned that it would respond firmly if the North fired again.",
     {("statement", "threat", "KOR", "PRK", "asserted")}),
])
def test_the_north_and_a_conditional_warning(text, expected):
    assert triples(e for e in extract(text, date(2024, 5, 2)) if e.event_type == "statement") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Accented names are names: the title's country holds, and the surname is remembered.
    ("Peruvian Foreign Minister Ramón Pérez Ibáñez flew to Quito on Monday. Pérez criticised Bolivia.",
     {("visit", "unspecified", "PER", "ECU", "asserted"), ("statement", "criticism", "PER", "BOL", "asserted")}),
    # A country's own body reporting on an official named by a bare title: its official, and the
    # first of two Spanish family names is the one the text uses next.
    (("The Ministry of Foreign Affairs of Chile reports that Foreign Minister Inés Soto Mena travelled to Lima. "
      "Foreign Minister Soto praised Peru."),
     {("visit", "unspecified", "CHL", "PER", "asserted"), ("statement", "praise", "CHL", "PER", "asserted")}),
    # With no such body the bare title names nobody's official.
    ("Foreign Minister Inés Soto Mena travelled to Lima.", set()),
    # "West African" leaders and states are ECOWAS's, not the West's.
    ("West African leaders lifted the sanctions on Mali.",
     {("sanction", "lift", "ECW", "MLI", "asserted")}),
])
def test_accented_names_own_officials_and_west_africa(text, expected):
    assert triples(extract(text, date(2022, 5, 2))) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "X-based" companies are X's: the sanctioned country is where they are based.
    ("Britain imposed sanctions on two Iran-based shipping firms.",
     {("sanction", "impose", "GBR", "IRN", "asserted")}),
    ("Canada sanctioned a Belarus-based bank.",
     {("sanction", "impose", "CAN", "BLR", "asserted")}),
])
def test_based_in_a_country(sentence, expected):
    assert triples(extract(sentence, date(2022, 5, 2))) == expected


def test_the_two_sides_of_a_visit_told_in_the_same_sentence():
    # "the two sides" after a visit in the same sentence are its two countries, not the article's
    # latest pair; a third country named there leaves the latest pair in place.
    text = ("Senegal and Gambia signed a border accord in March. "
            "Ghana's foreign minister visited Abuja on Monday, where the two sides signed a trade agreement.")
    assert {e for e in triples(extract(text, date(2022, 5, 2))) if e[0] == "agreement"} == {
        ("agreement", "sign", "SEN", "GMB", "asserted"), ("agreement", "sign", "GHA", "NGA", "asserted")}


@pytest.mark.parametrize(("text", "expected"), [
    # A name the dictionary does not know is a person of the country its apposition, possessive
    # or the office it won gives; the surname then stands for the same person.
    ("Togo's new foreign minister, Kofi Amedzro, flew to Accra. Amedzro praised Ghana.",
     {("visit", "unspecified", "TGO", "GHA", "asserted"), ("statement", "praise", "TGO", "GHA", "asserted")}),
    ("Kofi Amedzro, the Togolese president, spoke on Monday. Amedzro condemned Benin.",
     {("statement", "criticism", "TGO", "BEN", "asserted")}),
    ("Liberia's Joseph Kollie arrived on Monday. Kollie visited Sierra Leone.",
     {("visit", "unspecified", "LBR", "SLE", "asserted")}),
    ("Last year Amara Koné won the Ivorian presidency. Koné criticised Mali.",
     {("statement", "criticism", "CIV", "MLI", "asserted")}),
    # Days and sentence openers are no names; a surname never tied to a country is nobody.
    ("On Monday, the Togolese president visited Ghana.", {("visit", "unspecified", "TGO", "GHA", "asserted")}),
    ("Amedzro condemned Benin.", set()),
])
def test_people_the_text_ties_to_a_country(text, expected):
    assert triples(extract(text, date(2024, 5, 2))) == expected


def test_two_sides_after_two_visits_are_the_latest_visit_sides():
    # "where the two sides signed" after two trips in one sentence: the trip told last, in its order
    text = ("Kofi Amedzro, the Togolese president, attended a summit in Ghana in May, and Ghana's foreign "
            "minister visited Lome in June, where the two sides signed a customs accord.")
    assert {e for e in triples(extract(text, date(2024, 7, 2))) if e[0] == "agreement"} == {
        ("agreement", "sign", "GHA", "TGO", "asserted")}


@pytest.mark.parametrize(("text", "expected"), [
    # A bare "the Prime Minister" is the holder of that office the article named before.
    ("Norwegian Prime Minister Lars Dahl spoke on Monday. On Tuesday the Prime Minister visited Sweden.",
     {("visit", "unspecified", "NOR", "SWE", "asserted")}),
    ("Lars Dahl, the Norwegian foreign minister, spoke on Monday. The Foreign Minister then criticised Russia.",
     {("statement", "criticism", "NOR", "RUS", "asserted")}),
    # With no holder named it is nobody.
    ("The Prime Minister visited Sweden.", set()),
    # Once it has meant someone it keeps meaning them, though another holder is named in passing.
    (("Norwegian Prime Minister Lars Dahl arrived in Oslo. The Prime Minister spoke with Karin Berg, "
      "Prime Minister of Sweden. The Prime Minister will then travel to Finland."),
     {("meeting", "call", "NOR", "SWE", "asserted"), ("visit", "unspecified", "NOR", "FIN", "planned")}),
])
def test_a_bare_title_is_its_holder_named_before(text, expected):
    assert triples(extract(text, date(2024, 5, 2))) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An official named by a bare title takes the country of the body named right before it or of
    # the phrase the name is in apposition to.
    ("The Peruvian army's top commander, Defence Minister Raúl Quispe Mamani, criticised Chile.",
     {("statement", "criticism", "PER", "CHL", "asserted")}),
    ("Pentagon spokesman John Reed criticised Iran.", {("statement", "criticism", "USA", "IRN", "asserted")}),
    # "opposition leader" is one title, not a word of criticism before a name.
    ("Spain hosted Venezuelan opposition leader Leopoldo Méndez in Madrid.",
     {("visit", "unspecified", "VEN", "ESP", "asserted")}),
])
def test_officials_of_a_body_and_opposition_leaders(text, expected):
    assert triples(extract(text, date(2024, 5, 2))) == expected


def test_hong_kong_is_china_but_keeps_its_place_on_the_map():
    (visit,) = extract("Canada's foreign minister visited Hong Kong on Monday.", date(2024, 3, 6))
    assert (visit.target_country, visit.place, visit.place_country) == ("CHN", "Hong Kong", "CHN")
    assert (round(visit.lat, 1), round(visit.lon, 1)) == (22.3, 114.2)


def test_western_sahara_is_a_territory_not_the_west():
    """"Western" alone is the West; "Western Sahara" is the territory, on the map at Laayoune."""
    (visit,) = extract("The UN envoy visited Western Sahara on Monday.", date(2024, 3, 6))
    assert (visit.actor_country, visit.target_country, visit.place_country) == ("UNO", "ESH", "ESH")
    (ties,) = extract("Kenya recognised the Sahrawi Arab Democratic Republic in 2014.", date(2024, 3, 6))
    assert (ties.event_type, ties.event_mode, ties.actor_country, ties.target_country) == (
        "relations", "establish", "KEN", "ESH")


@pytest.mark.parametrize("text, expected", [
    # Named members before "and (a dozen) other <bloc> governments" speak each for itself.
    ("Chile, Peru, Canada and a dozen other Western governments condemned Russia on Monday.",
     {("criticism", "CHL", "RUS"), ("criticism", "PER", "RUS"), ("criticism", "CAN", "RUS")}),
    ("Western governments condemned Russia on Monday.", {("criticism", "WST", "RUS")}),
])
def test_named_members_before_other_governments(text, expected):
    assert {(e.event_mode, e.actor_country, e.target_country)
            for e in extract(text, date(2024, 6, 19)) if e.event_type == "statement"} == expected


@pytest.mark.parametrize("text, expected", [
    # A bare "leaders" at the head of a clause are the leaders of the bloc just named; an actor
    # inside a prepositional phrase before ", and" is no co-subject.
    (("Gulf Cooperation Council leaders met in Riyadh. The summit lifted duties on Oman, and leaders urged Iran "
      "to free the ships."), {("appeal", "GCC", "IRN")}),
    ("The ASEAN summit opened in Jakarta. The Leaders voiced concern over Myanmar.", {("concern", "ASN", "MMR")}),
    # What one leader says "the leaders" did is that leader's report, not the bloc's statement.
    ("The BRICS summit opened. Lula said the leaders had agreed to invite Iran.", set()),
    # "the two leaders", "both leaders": the sides of a meeting, not a bloc.
    ("The ASEAN summit opened. The two leaders urged Myanmar to free prisoners.", set()),
    ("The ASEAN summit opened. Both leaders urged Myanmar to free prisoners.", set()),
])
def test_bare_leaders_after_a_bloc_is_named(text, expected):
    assert {(e.event_mode, e.actor_country, e.target_country)
            for e in extract(text, date(2024, 6, 19)) if e.event_type == "statement"} == expected


@pytest.mark.parametrize("text, expected", [
    # "In <capital>, <a speaker of no stated country> ...": the speaker is that capital's
    ("North Korea fired a missile on Monday. In Amman, spokeswoman Rana Haddad condemned the launch.",
     {("criticism", "JOR", "PRK", "negative")}),
    ("In Ottawa, a foreign ministry spokesman criticised the Iranian decision.",
     {("criticism", "CAN", "IRN", "negative")}),
    # an actor of its own country keeps it
    ("In Ottawa, Iranian spokesman Ali Karimi criticised the Canadian decision.",
     {("criticism", "IRN", "CAN", "negative")}),
])
def test_a_speaker_after_an_opening_in_capital_speaks_for_it(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    ("By suspending the fisheries pact with Peru, Chile made its anger clear.",
     {("agreement", "withdraw", "CHL", "PER", "asserted"),
      ("statement", "criticism", "CHL", "PER", "asserted")}),  # its anger: at the one other country named
    ("After signing a trade deal with Peru, Chile turned to Bolivia.",
     {("agreement", "sign", "CHL", "PER", "asserted")}),
])
def test_an_opening_participle_shares_the_subject_after_its_comma(text, expected):
    assert triples(extract(text)) == expected


def test_subject_list_before_a_numbered_apposition():
    # "A, B and C, three states that ..., did X": the apposition is skipped back to the list
    events = extract("Chile, Peru and Bolivia, three countries whose leaders Washington courted, "
                     "boycotted the Miami summit.")
    assert {(e.event_type, e.actor_country, e.target_country, e.modality) for e in events} == {
        ("visit", "CHL", "USA", "negated"), ("visit", "PER", "USA", "negated"), ("visit", "BOL", "USA", "negated")}


def test_a_singaporean_leader_is_named_again_by_the_family_name_first():
    # Singapore's Chinese names put the family name first, as China's do: "Lee Hsien Loong" -> "Lee"
    events = extract("Lee Hsien Loong met Joko Widodo in Bintan. Prime Minister Lee later thanked President "
                     "Widodo for the warm welcome.", date(2022, 1, 25))
    assert statements(events) == {("praise", "SGP", "IDN", "positive")}


@pytest.mark.parametrize("text", [
    "The accord was signed by Chile's transport minister and Peru's transport minister.",
    "The accord was signed by the Chilean Minister of Energy and the Peruvian Minister for Energy.",
])
def test_a_minister_named_by_portfolio_is_an_actor_of_the_country(text):
    assert triples(extract(text)) == {("agreement", "sign", "CHL", "PER", "asserted")}


def test_a_pronoun_opening_a_sentence_stays_its_subject_after_another_person_is_named():
    # "he ... met Lula. He will then travel on": both "he" are the traveller, not the man he meets
    events = extract("Spanish Prime Minister Pedro Sanchez landed in Rome on Monday. On Tuesday he flew to "
                     "Brasilia, where he met President Lula. He will then travel to Chile.")
    assert {t for t in triples(events) if t[0] == "visit"} == {
        ("visit", "unspecified", "ESP", "ITA", "asserted"), ("visit", "unspecified", "ESP", "BRA", "asserted"),
        ("visit", "unspecified", "ESP", "CHL", "planned")}


@pytest.mark.parametrize("text, expected", [
    # "the two prime ministers", "both foreign ministers": a plural title stands for the latest pair
    ("Chile and Peru signed a fisheries pact today. The two Prime Ministers held talks in May 2021.",
     {("meeting", "talks", "CHL", "PER", "asserted")}),
    ("Chile and Peru signed a fisheries pact today. Both foreign ministers met in Lima in May 2021.",
     {("meeting", "talks", "CHL", "PER", "asserted")}),
])
def test_the_two_of_a_plural_title_are_the_latest_pair(text, expected):
    assert {t for t in triples(extract(text, date(2024, 6, 19))) if t[0] == "meeting"} == expected


@pytest.mark.parametrize("text, published, expected", [
    # A title and a lone surname name the holder of that office on the day, when only one fits.
    ("Prime Minister Khan met Chinese President Xi Jinping in Beijing today.", date(2018, 12, 25),
     {("meeting", "talks", "PAK", "CHN", "asserted"), ("visit", "unspecified", "PAK", "CHN", "asserted")}),
    ("Foreign Minister Qureshi held talks with Wang Yi in Beijing today.", date(2018, 12, 25),
     {("meeting", "talks", "PAK", "CHN", "asserted"), ("visit", "unspecified", "PAK", "CHN", "asserted")}),
    # the same surname under a title nobody of that name held that day: no actor, no event
    ("President Khan met Chinese President Xi Jinping in Beijing today.", date(2018, 12, 25), set()),
])
def test_a_title_and_a_surname_name_the_office_holder_of_the_day(text, published, expected):
    assert triples(extract(text, published)) == expected


@pytest.mark.parametrize("text, published, expected", [
    # The titles real reports use for India's foreign minister, and the "FM" abbreviation
    ("Secretary of State Antony Blinken spoke with Indian External Affairs Minister S. Jaishankar on Thursday.",
     date(2022, 5, 20), {("meeting", "call", "USA", "IND", "asserted")}),
    ("FM Qureshi met with his Chinese counterpart Wang Yi in Beijing today.", date(2018, 12, 25),
     {("meeting", "talks", "PAK", "CHN", "asserted"), ("visit", "unspecified", "PAK", "CHN", "asserted")}),
    # "called on" a person with nothing asked of them is a courtesy call, not an appeal
    ("EAM Jaishankar called on President Ruto in Nairobi on Thursday.", date(2022, 5, 20),
     {("meeting", "talks", "IND", "KEN", "asserted"), ("visit", "unspecified", "IND", "KEN", "asserted")}),
    ("India called on Pakistan to end cross-border terrorism.", date(2022, 5, 20),
     {("statement", "appeal", "IND", "PAK", "asserted")}),
    ("Modi called on Putin to end the war.", date(2022, 5, 20), {("statement", "appeal", "IND", "RUS", "asserted")}),
])
def test_titles_and_calls_as_real_reports_put_them(text, published, expected):
    assert triples(extract(text, published)) == expected


def test_an_honorific_with_a_full_stop_reads_as_without_it():
    # "Mr. Lavrov", as many outlets write it: the full stop is no break between the name and its verb
    for text in ("Mr. Lavrov met Mr. Blinken in Geneva on Tuesday.", "Mr Lavrov met Mr Blinken in Geneva on Tuesday."):
        assert triples(extract(text, date(2022, 5, 20))) == {
            ("meeting", "talks", "RUS", "USA", "asserted"), ("visit", "unspecified", "RUS", "CHE", "asserted"),
            ("visit", "unspecified", "USA", "CHE", "asserted")}


def test_the_islamic_republic_alone_is_iran():
    events = extract("Saudi Arabia cut diplomatic ties with Iran on Sunday. Bahrain and Sudan followed suit on "
                     "Monday, breaking off relations with the Islamic Republic.", date(2016, 1, 5))
    assert {(e.actor_country, e.target_country) for e in events if e.event_type == "relations"} == {
        ("SAU", "IRN"), ("BHR", "IRN"), ("SDN", "IRN")}


@pytest.mark.parametrize("text, expected", [
    # A bare "the ministry" or "the government" opening a sentence is the body named before ...
    ("The Chilean foreign ministry summoned Peru's envoy on Monday. The ministry urged Lima to free the fishermen.",
     {("statement", "criticism", "CHL", "PER", "asserted"), ("statement", "appeal", "CHL", "PER", "asserted")}),
    ("The Chilean government summoned Peru's envoy on Monday. Later, the government urged Lima to free the fishermen.",
     {("statement", "criticism", "CHL", "PER", "asserted"), ("statement", "appeal", "CHL", "PER", "asserted")}),
    # ... but not as an object ("urged the government"), which is often the speaker's own.
    ("The Chilean government summoned Peru's envoy on Monday. Bolivian lawmakers urged the government to act.",
     {("statement", "criticism", "CHL", "PER", "asserted")}),
    # "The administration" is the latest president's, not a Kremlin named since.
    ("President Biden expelled ten Russian diplomats. The Kremlin protested. The administration blamed Russia for the hack.",
     {("relations", "expel", "USA", "RUS", "asserted"), ("statement", "criticism", "RUS", "USA", "asserted"),
      ("statement", "accusation", "USA", "RUS", "asserted")}),
])
def test_a_bare_ministry_or_government_is_the_body_named_before(text, expected):
    assert triples(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("envoy", [
    "the new Saudi ambassador",
    "the newly appointed Saudi ambassador",
    "the outgoing Saudi ambassador",
    "the Ambassador Extraordinary and Plenipotentiary of Saudi Arabia",
])
def test_an_envoy_received_is_read_whatever_stands_before_the_title(envoy):
    events = extract(f"Jordanian Foreign Minister Ayman Safadi received {envoy} in Amman on Monday.")
    assert ("meeting", "talks", "JOR", "SAU", "asserted") in triples(events)


@pytest.mark.parametrize("text, expected", [
    # "It" opening a sentence (after at most a time phrase) with a verb of an event is the country
    # that opened the sentence before; "It was ..." is nobody.
    ("Belarus expelled two Polish diplomats. It also recalled its ambassador from Vilnius.",
     {("relations", "expel", "BLR", "POL", "asserted"), ("relations", "recall", "BLR", "LTU", "asserted")}),
    ("Niger revoked its defence accords with France. On Monday it ordered the French ambassador to leave.",
     {("agreement", "withdraw", "NER", "FRA", "asserted"), ("relations", "expel", "NER", "FRA", "asserted")}),
    ("China held drills near Taiwan. It was the largest show of force in years.",
     {("military", "exercise", "CHN", "TWN", "asserted")}),
])
def test_an_opening_it_acts_for_the_country_that_opened_the_sentence_before(text, expected):
    assert triples(extract(text, date(2024, 6, 19))) == expected


@pytest.mark.parametrize("text, expected", [
    # "Its" and an office opening a sentence: the country the sentence before opened with
    ("Peru disputed the account on Thursday. Its foreign ministry said Chile had sent no notice.",
     {("accusation", "PER", "CHL", "negative")}),
    ("Peru disputed the account on Thursday. Its foreign minister, Elmer Schialer, said Chile had sent no notice.",
     {("accusation", "PER", "CHL", "negative")}),
    ("Kenya announced the decision on Friday. Its statement said Uganda had named a new envoy to Nairobi.",
     {("comment", "KEN", "UGA", "neutral")}),
    # no office after "Its", or nobody the sentence before opened with: nothing is guessed
    ("Peru disputed the account on Thursday. Its reasons said little about Chile.", set()),
    ("The company disputed the account. Its spokesman said Chile had sent no notice.", set()),
    # a ministry told by its kind speaks for the country the sentence before opened with
    ("Peru rejected the claim on Thursday. The Ministry strongly condemns Chile for the incursion.",
     {("criticism", "PER", "CHL", "negative")}),
    ("Peru rejected the claim on Thursday. The foreign ministry also said Chile had sent no notice.",
     {("accusation", "PER", "CHL", "negative")}),
    # "The government" alone is not taken as the country before
    ("Peru rejected the claim on Thursday. The government said Chile had sent no notice.", set()),
])
def test_its_office_speaks_for_the_country_the_sentence_before_opened_with(text, expected):
    assert statements(extract(text, date(2024, 3, 7))) == expected


def test_the_two_ministers_are_the_two_who_met():
    # not the other country's head of state: the person the talks were held with
    events = extract("Kenya's foreign minister Musalia Mudavadi held talks with Uganda's foreign minister "
                     "Jeje Odongo in Kampala on Thursday. The two ministers also discussed border trade.",
                     date(2024, 3, 8))
    meetings = [(e.actor, e.target) for e in events if e.event_type == "meeting"]
    assert meetings == [("Musalia Mudavadi", "Jeje Odongo")]


def test_we_in_a_statement_issued_from_a_place_is_the_issuer():
    release = ("PRESS STATEMENT\nOttawa, March 3, 2024\n\nWe condemn the violence against protesters in Lima. "
               "We call on the Peruvian authorities to show restraint. \"We will not be silenced,\" a protester said.")
    assert statements(extract(release, date(2024, 3, 3))) == {("criticism", "CAN", "PER", "negative"),
                                                                ("appeal", "CAN", "PER", "neutral")}
    # With no place it is issued from, "we" is nobody known.
    assert statements(extract("We condemn the violence against protesters in Lima.", date(2024, 3, 3))) == set()


def test_a_title_and_the_name_in_apposition_are_one_person_whom_the_text_names():
    # In June 2024 the table's president of Mexico was López Obrador; the text names Sheinbaum.
    events = extract("Joe Biden met Mexico's president, Claudia Sheinbaum, in Washington.", date(2024, 6, 19))
    assert {e.target for e in events if e.event_type == "meeting"} == {"Claudia Sheinbaum"}


def test_a_list_after_a_preposition_is_one_list_not_the_next_verbs_subject():
    # "against A, B and C ..., and threatened": the threat is the complainant's, not B's and C's.
    text = "Kyiv filed complaints against Poland, Hungary and Slovakia on Monday, and threatened to ban their fruit."
    threats = {(e.actor_country, e.target_country) for e in extract(text) if e.event_mode == "threat"}
    assert threats and {actor for actor, _ in threats} == {"UKR"}
    # A phrase fronting the sentence is still no list: Israel did not fly to Egypt.
    flights = extract("After Israel, Biden and Blinken flew to Egypt.")
    assert {(e.event_type, e.actor_country, e.target_country) for e in flights} == {("visit", "USA", "EGY")}
