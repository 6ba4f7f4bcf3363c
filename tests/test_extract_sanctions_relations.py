"""Exact events out of short sentences on sanctions and diplomatic relations (own wording)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, triples

CASES = [
    # A perfect participle of a break verb; "open relations" establishes them.
    ("Paraguay has broken off diplomatic relations with Venezuela.",
     {("relations", "break", "PRY", "VEN", "asserted")}),
    ("Chile opened diplomatic relations with Vietnam in 1971.",
     {("relations", "establish", "CHL", "VNM", "asserted")}),
    # A passive after the sides the relations noun names: the doer follows "by", else the first side.
    ("Ties with Ecuador were severed by Bolivia in 2008.",
     {("relations", "break", "BOL", "ECU", "asserted")}),
    ("Relations between Chile and Bolivia were restored last year.",
     {("relations", "restore", "CHL", "BOL", "asserted")}),
    ("Relations between Chile and Bolivia were tense.", set()),
    # "bring home" or "pull" an ambassador is a recall; troops pulled out are not.
    ("Peru will bring home its ambassador to Mexico.",
     {("relations", "recall", "PER", "MEX", "planned")}),
    ("Ecuador pulled its ambassador from Caracas.",
     {("relations", "recall", "ECU", "VEN", "asserted")}),
    ("Italy brought home its soldiers from Iraq.", set()),
    # "called ... back/home" with the envoy between verb and particle; the envoy's own
    # country named before it ("Oslo's envoy") is the one moved, not the one aimed at.
    ("Norway called its ambassador in Niger, Ola Berg, back to Oslo for consultations.",
     {("relations", "recall", "NOR", "NER", "asserted")}),
    ("Quito called its envoy home from Lima.", {("relations", "recall", "ECU", "PER", "asserted")}),
    ("Kenya's ambassador was called back from Mogadishu.", {("relations", "recall", "KEN", "SOM", "asserted")}),
    ("Oslo recalled Norway's ambassador from Tehran.", {("relations", "recall", "NOR", "IRN", "asserted")}),
    ("Norway called the ambassador to discuss the case.", set()),
    # Diplomats or embassy staff recalled are a recall like an ambassador; "out of" a list of
    # countries is one recall from each.
    ("Bolivia recalled its diplomats from Lima.",
     {("relations", "recall", "BOL", "PER", "asserted")}),
    ("Ecuador is pulling its embassy staff out of Colombia and Peru.",
     {("relations", "recall", "ECU", "COL", "asserted"), ("relations", "recall", "ECU", "PER", "asserted")}),
    ("The charity withdrew its staff from Sudan.", set()),
    # Staff named by their embassy and ordered to leave are expelled; leaving a meeting is no expulsion.
    ("Oslo ordered twelve members of the Iranian embassy to leave the country within a week.",
     {("relations", "expel", "NOR", "IRN", "asserted")}),
    ("Quito gave the Mexican envoy 72 hours to leave Ecuador.",
     {("relations", "expel", "ECU", "MEX", "asserted")}),
    ("Rome gave the Swiss envoy an hour to leave the talks.", set()),
    # Measures brought back are imposed again; suspended or paused ones are lifted.
    ("Washington reimposed sanctions on Venezuela.",
     {("sanction", "impose", "USA", "VEN", "asserted")}),
    ("Brussels restored broad sanctions on Belarus.",
     {("sanction", "impose", "EUU", "BLR", "asserted")}),
    ("Canada suspended sanctions on Syria.",
     {("sanction", "lift", "CAN", "SYR", "asserted")}),
    # Trade halted under the names of a tie: "bilateral trade", "trade ties".
    ("Turkey halted bilateral trade with Israel.",
     {("sanction", "impose", "TUR", "ISR", "asserted")}),
    ("China suspended trade ties with Lithuania.",
     {("sanction", "impose", "CHN", "LTU", "asserted")}),
    # A measure joined by "and" to one aimed at a country, told of no target of its own, is
    # aimed at that country too; a clause with its own subject is not.
    ("Algeria recalled its ambassador from Rabat and suspended bilateral trade.",
     {("relations", "recall", "DZA", "MAR", "asserted"), ("sanction", "impose", "DZA", "MAR", "asserted")}),
    ("Chile recalled its ambassador from Lima and Bolivia froze its assets.",
     {("relations", "recall", "CHL", "PER", "asserted")}),
    # Raising tariffs already in place is a new measure.
    ("Washington tripled its tariffs on Brazilian steel.",
     {("sanction", "impose", "USA", "BRA", "asserted")}),
    ("Ottawa raised tariffs on Chinese electric vehicles.",
     {("sanction", "impose", "CAN", "CHN", "asserted")}),
    # Cancelling the visas of a country's citizens is a sanction on that country.
    ("Lithuania cancelled visas issued to Belarusian truck drivers.",
     {("sanction", "impose", "LTU", "BLR", "asserted")}),
    ("Poland suspended visas for Russian students.",
     {("sanction", "impose", "POL", "RUS", "asserted")}),
    # A possessor's body opening the main clause is its subject, not the country the opener names.
    ("Lula spoke on Monday. After floods swept Bolivia in March, his government imposed tariffs on Bolivian soybeans.",
     {("sanction", "impose", "BRA", "BOL", "asserted")}),
    # Dealings named by whom they are with: the country tied to that party is the target.
    ("Ottawa eased restrictions on dealings with firms owned by the Venezuelan state.",
     {("sanction", "ease", "CAN", "VEN", "asserted")}),
    ("Britain banned transactions with banks tied to Iran's Revolutionary Guards.",
     {("sanction", "impose", "GBR", "IRN", "asserted")}),
    # Members of a country's body listed after the object: the sanction is on that country.
    ("Minsk sanctioned nine people, among them four members of the Polish parliament.",
     {("sanction", "impose", "BLR", "POL", "asserted")}),
    # A single tariff is a measure like tariffs, its rate told before or after it.
    ("India imposed a tariff of 20 per cent on Chinese solar panels.",
     {("sanction", "impose", "IND", "CHN", "asserted")}),
    # "restrict" a country's access or use is a measure; restricting a thing of no country is none.
    ("Japan moved to restrict Russian banks' access to its markets.",
     {("sanction", "impose", "JPN", "RUS", "asserted")}),
    ("The city restricted access to the harbour.", set()),
    # A sanction told in the passive with no "by" is the latest author's of measures on that country.
    ("Canada eased sanctions on Syria. The sanctions on Syria were imposed in 2011.",
     {("sanction", "ease", "CAN", "SYR", "asserted"), ("sanction", "impose", "CAN", "SYR", "asserted")}),
    ("The sanctions on Syria were imposed in 2011.", set()),
    # Relief from sanctions granted, offered or signed eases them.
    ("Washington granted Venezuela sanctions relief in October.",
     {("sanction", "ease", "USA", "VEN", "asserted")}),
    ("The sanctions relief was a mistake, Japan said.", set()),
    # Freezing a country's assets or funds is a sanction; freezing a company's accounts in court is none.
    ("Ottawa froze Syrian assets on Friday.", {("sanction", "impose", "CAN", "SYR", "asserted")}),
    ("The court froze the company's accounts.", set()),
    # Keeping or maintaining a measure extends it; goods named by where they come from give its target.
    ("Brussels maintained its embargo on oil from Iran.", {("sanction", "extend", "EUU", "IRN", "asserted")}),
    ("Paris kept its promise.", set()),
    # Hong Kong's officials are China's: its foreign affairs are Beijing's, so it codes as CHN.
    ("Canberra imposed sanctions on three Hong Kong officials on Friday.",
     {("sanction", "impose", "AUS", "CHN", "asserted")}),
    # Additions to a blacklist hit the country of the article's latest sanctions.
    ("Britain imposed sanctions on Iranian banks. London added four shipping firms to its sanctions list on Monday.",
     {("sanction", "impose", "GBR", "IRN", "asserted")}),
    # A sanction's country told beyond its object: goods from or to it, a list of closed
    # routes, members "including" someone of it, an apposition naming where a firm is based.
    ("Ottawa imposed tariffs on imports from Vietnam.",
     {("sanction", "impose", "CAN", "VNM", "asserted")}),
    ("Chile banned imports of beef and pork from Paraguay.",
     {("sanction", "impose", "CHL", "PRY", "asserted")}),
    ("Ghana and Togo closed their borders, airspace and ports to Burkina Faso.",
     {("sanction", "impose", "GHA", "BFA", "asserted"), ("sanction", "impose", "TGO", "BFA", "asserted")}),
    ("Canada sanctioned nine officials, including a Belarusian deputy minister.",
     {("sanction", "impose", "CAN", "BLR", "asserted")}),
    ("Britain imposed restrictive measures on Vostok Trading, an Iran-based shipping firm.",
     {("sanction", "impose", "GBR", "IRN", "asserted")}),
    # A measure told as what someone broke is background; imposing it is the event.
    ("The ship was seized for breaching the EU oil embargo on Syria.", set()),
    ("The EU imposed an oil embargo on Syria.", {("sanction", "impose", "EUU", "SYR", "asserted")}),
    # A measure not taken and aimed at nobody named is no event; one named is negated.
    ("Canada imposed sanctions on Iranian officials. Mexico, which did not impose sanctions, stayed silent.",
     {("sanction", "impose", "CAN", "IRN", "asserted")}),
    ("Mexico did not impose sanctions on Iran.", {("sanction", "impose", "MEX", "IRN", "negated")}),
    # Controls tightened on goods bound for a country are a measure against it; border controls are not.
    ("Taiwan tightened controls on shipments to Russia of machine tools.",
     {("sanction", "impose", "TWN", "RUS", "asserted")}),
    ("Austria tightened border controls on Monday.", set()),
    # Cutting aid to a country is a measure against it (CAMEO 16, reduce relations).
    ("Norway froze development aid to Malawi on Friday.",
     {("sanction", "impose", "NOR", "MWI", "asserted")}),
    ("Denmark has suspended financial assistance for Uganda.",
     {("sanction", "impose", "DNK", "UGA", "asserted")}),
    ("New Zealand paused funding for the Cook Islands.", {("sanction", "impose", "NZL", "COK", "asserted")}),
    # Expulsions with long objects: staff of an embassy, officers declared unwelcome after a clause.
    ("Norway ordered Iranian embassy staff to leave within a week.",
     {("relations", "expel", "NOR", "IRN", "asserted")}),
    ("Latvia declared three Belarusian officers serving at the embassy in Riga persona non grata.",
     {("relations", "expel", "LVA", "BLR", "asserted")}),
    # A participle phrase that reports ("..., announcing that it ...") speaks for the sentence's subject.
    ("Peru acted on Friday, announcing that it was recalling its ambassador from Quito.",
     {("relations", "recall", "PER", "ECU", "asserted")}),
    # Recognising a state establishes relations with it; recognising a thing of a state does not.
    ("Costa Rica recognised Palestine in 2008.",
     {("relations", "establish", "CRI", "PSE", "asserted")}),
    # Recognising its independence takes the state's side: support, no ties (recognition.py).
    ("Spain recognized Kosovo's independence.", {("statement", "support", "ESP", "XKX", "asserted")}),
    # The independence or statehood of a state recognised is the state recognised.
    ("Senegal was among the first countries to recognise the independence of Namibia.",
     {("relations", "establish", "SEN", "NAM", "asserted")}),
    ("Peru recognised the statehood of Palestine on Monday.", {("relations", "establish", "PER", "PSE", "asserted")}),
    ("Chile has defended the independence of its courts.", set()),
    # A second verb after "and" in the base form shares the first one's modal; a past form does not.
    ("Chile will recall its ambassador from Israel and expel the Israeli envoy.",
     {("relations", "recall", "CHL", "ISR", "planned"), ("relations", "expel", "CHL", "ISR", "planned")}),
    ("Chile did not recall its ambassador from Israel and expelled the Israeli envoy.",
     {("relations", "recall", "CHL", "ISR", "negated"), ("relations", "expel", "CHL", "ISR", "asserted")}),
    # A bare number after an expulsion verb counts the diplomats named before it.
    ("Latvia expelled five Belarusian diplomats, and Estonia said it would send home three.",
     {("relations", "expel", "LVA", "BLR", "asserted"), ("relations", "expel", "EST", "BLR", "planned")}),
    ("Chile expelled 25 on Monday.", set()),
    # Whose people are declared unwelcome: a demonym or an actor inside the long object.
    ("Norway declared 15 officers working at the Russian embassy in Oslo persona non grata.",
     {("relations", "expel", "NOR", "RUS", "asserted")}),
    ("The European Union declared two staff members of Iran's mission in Brussels persona non grata.",
     {("relations", "expel", "EUU", "IRN", "asserted")}),
    # A bare US department acts for the United States.
    ("The Commerce Department imposed sanctions on Iranian drone makers.",
     {("sanction", "impose", "USA", "IRN", "asserted")}),
    # Missile systems handed over are an arms transfer.
    ("Moscow transferred two Iskander missile systems to Serbia.",
     {("military", "arms_transfer", "RUS", "SRB", "asserted")}),
    # Missiles fired into waters near a country are aimed at it.
    ("Iran fired three missiles into waters near Bahrain on Monday.",
     {("military", "missile_test", "IRN", "BHR", "asserted")}),
    # A launch in the passive with no "by" is by the country it was fired from.
    ("A cruise missile was fired from Iran's southern coast on Friday.",
     {("military", "missile_test", "IRN", None, "asserted")}),
    ("The missile was launched from a submarine.", set()),
    # "designated" needs no actor right after it: counted, possessive or demonym objects.
    ("The Treasury designated four Cuban entities.", {("sanction", "impose", "USA", "CUB", "asserted")}),
    ("The Treasury designated Venezuela's central bank.", {("sanction", "impose", "USA", "VEN", "asserted")}),
    # Bans and restrictive measures.
    ("Canada imposed a ban on Chinese steel imports.", {("sanction", "impose", "CAN", "CHN", "asserted")}),
    ("Kenya banned imports of Ugandan sugar.", {("sanction", "impose", "KEN", "UGA", "asserted")}),
    ("The EU adopted restrictive measures against Nicaragua.", {("sanction", "impose", "EUU", "NIC", "asserted")}),
    ("The treaty bans chemical weapons.", set()),
    # Joining others in an act is taking part in it, not joining them; those joined act too.
    ("Norway joined Western nations in imposing sanctions on Iran.",
     {("sanction", "impose", "NOR", "IRN", "asserted"), ("sanction", "impose", "WST", "IRN", "asserted")}),
    ("Montenegro joined NATO in 2017.", {("agreement", "join", "MNE", "NTO", "asserted")}),
    # Raising a concern is a statement, not a sanction.
    ("Seoul raised concerns about Japanese tariffs.",
     {("statement", "concern", "KOR", "JPN", "asserted")}),
    # Cutting transport links or military aid to a country is a measure against it.
    ("Armenia suspended air links with Azerbaijan on Friday.",
     {("sanction", "impose", "ARM", "AZE", "asserted")}),
    ("Beijing halted all direct flights to Vilnius.",
     {("sanction", "impose", "CHN", "LTU", "asserted")}),
    ("Airlines suspended flights because of the fog.", set()),
    ("Greece announced a suspension of direct flights to Libya.",
     {("sanction", "impose", "GRC", "LBY", "asserted")}),
    ("The airline announced a suspension of flights to Libya.", set()),
    ("Canada froze military assistance to Mali.",
     {("sanction", "impose", "CAN", "MLI", "asserted")}),
    # An embassy opened in a country establishes relations; one reopened restores them.
    ("Uruguay opened an embassy in Hanoi last year.",
     {("relations", "establish", "URY", "VNM", "asserted")}),
    ("Canada reopened its embassy in Tehran.",
     {("relations", "restore", "CAN", "IRN", "asserted")}),
    ("Kenya opened its border to Somali traders.", set()),
    # Ties upgraded to ambassadorial level are restored in full; an upgraded pact is still a pact.
    ("Chile and Bolivia upgraded their ties to ambassadorial level.",
     {("relations", "restore", "CHL", "BOL", "asserted")}),
    # Putting a country on (or taking it off) a blacklist; off a list of trusted partners is a measure.
    ("Washington put Syria back on its terrorism list.", {("sanction", "impose", "USA", "SYR", "asserted")}),
    ("Canada took Libya off its sanctions list.", {("sanction", "lift", "CAN", "LBY", "asserted")}),
    ("Seoul removed Japan from its whitelist of trusted trading partners.",
     {("sanction", "impose", "KOR", "JPN", "asserted")}),
    ("The coach removed Brazil from the shortlist.", set()),
    # The same told as a noun; a list of banned organisations is a sanctions list.
    ("Seoul's cabinet approved the removal of Japan from its list of trusted trading partners.",
     {("sanction", "impose", "KOR", "JPN", "asserted")}),
    ("Ottawa approved the removal of Cuba from its list of terrorist organizations.",
     {("sanction", "lift", "CAN", "CUB", "asserted")}),
    ("The removal of Turkey from the jet programme angered Ankara.", set()),
    # Duties are tariffs; closing borders to a country is a measure, reopening them lifts it.
    ("India imposed anti-dumping duties on Chinese steel.", {("sanction", "impose", "IND", "CHN", "asserted")}),
    ("Turkey closed its border with Armenia.", {("sanction", "impose", "TUR", "ARM", "asserted")}),
    ("Kenya reopened its borders to Somalia.", {("sanction", "lift", "KEN", "SOM", "asserted")}),
    # A subject followed by its acronym in brackets is still the subject.
    ("The Office of Foreign Assets Control (OFAC) blacklisted two Syrian airlines.",
     {("sanction", "impose", "USA", "SYR", "asserted")}),
    # Barring people from entering the country is an entry ban on their country; other bars are not.
    ("Latvia will bar six Belarusian officials from entering its territory.",
     {("sanction", "impose", "LVA", "BLR", "planned")}),
    ("A judge barred the Serbian striker from playing.", set()),
    # A counted object of an earlier verb is no subject of the next one.
    ("Iran expelled four German diplomats and imposed sanctions on Denmark.",
     {("relations", "expel", "IRN", "DEU", "asserted"), ("sanction", "impose", "IRN", "DNK", "asserted")}),
    # Two sides moving their own envoys: each toward the other, unless a third country is named.
    ("Chile and Bolivia pulled their ambassadors in 2019.",
     {("relations", "recall", "CHL", "BOL", "asserted"), ("relations", "recall", "BOL", "CHL", "asserted")}),
    ("Ghana and Togo expelled each other's diplomats.",
     {("relations", "expel", "GHA", "TGO", "asserted"), ("relations", "expel", "TGO", "GHA", "asserted")}),
    ("Ghana and Togo recalled their envoys from Mali.",
     {("relations", "recall", "GHA", "MLI", "asserted"), ("relations", "recall", "TGO", "MLI", "asserted")}),
    # "The two sides" after "relations between A and B", in that sentence or the one before.
    (("Chile hosted Peru's president on Monday. Ties between Quito and Lima have been cold since 2019. "
      "That year the two sides withdrew their ambassadors."),
     {("visit", "unspecified", "PER", "CHL", "asserted"),
      ("relations", "recall", "ECU", "PER", "asserted"), ("relations", "recall", "PER", "ECU", "asserted")}),
    (("Chile hosted Peru's president on Monday. Relations between Quito and Lima froze in 2019, when the "
      "two countries recalled their ambassadors."),
     {("visit", "unspecified", "PER", "CHL", "asserted"),
      ("relations", "recall", "ECU", "PER", "asserted"), ("relations", "recall", "PER", "ECU", "asserted")}),
]


@pytest.mark.parametrize("sentence, expected", CASES, ids=[c[0][:50] for c in CASES])
def test_sentence_gives_exactly_these_events(sentence, expected):
    assert triples(extract(sentence)) == expected


@pytest.mark.parametrize(("sentence", "acts"), [
    # A time word between "threatened" and "to" still makes the act a threat, not news of it.
    ("Hungary threatened on Monday to break relations with Slovakia.",
     {("relations", "break", "HUN", "SVK", "hypothetical", "1313")}),
    ("Spain threatened today to impose tariffs on Moroccan tomatoes.",
     {("sanction", "impose", "ESP", "MAR", "hypothetical", "1312")}),
    # A condition after the act outweighs the future tense before it.
    ("Turkey said it would expel the Dutch ambassador if the vote went ahead.",
     {("relations", "expel", "TUR", "NLD", "hypothetical", "1313")}),
    # A plan with no condition keeps the act's own code.
    ("Turkey said it would expel the Dutch ambassador.",
     {("relations", "expel", "TUR", "NLD", "planned", "161")}),
    # The modal "may" is a possibility, as "might" is; the month May is not.
    ("Spain may impose tariffs on Moroccan tomatoes.",
     {("sanction", "impose", "ESP", "MAR", "hypothetical", "1312")}),
    ("Spain imposed tariffs on Moroccan tomatoes in May.",
     {("sanction", "impose", "ESP", "MAR", "asserted", "163")}),
])
def test_threatened_and_conditional_acts_are_coded_as_threats(sentence, acts):
    events = [e for e in extract(sentence) if e.event_type != "statement"]
    assert {(e.event_type, e.event_mode, e.actor_country, e.target_country, e.modality, e.cameo_code)
            for e in events} == acts


@pytest.mark.parametrize("sentence, expected", [
    # Switching recognition to a state establishes ties with it and breaks them with the other China.
    ("Nauru switched diplomatic recognition to China.", {("relations", "establish", "NRU", "CHN", "asserted"),
                                                          ("relations", "break", "NRU", "TWN", "asserted")}),
    # A request turned down or rebuffed is rejected, aimed at whoever made it.
    ("Peru turned down a request from Bolivia for fuel.", {("statement", "rejection", "PER", "BOL", "asserted")}),
    ("Chile rebuffed an offer from Argentina.", {("statement", "rejection", "CHL", "ARG", "asserted")}),
], ids=["switch", "turned-down", "rebuffed"])
def test_switched_recognition_and_rebuffed_requests(sentence, expected):
    assert triples(extract(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # An envoy recalled in the passive is recalled by his own state, from where he served.
    ("Peru's ambassador was called home from Mexico City on Tuesday.",
     {("relations", "recall", "PER", "MEX", "asserted")}),
    ("Troops were called home from Chad.", set()),
    ("Chile is recalling its diplomatic representatives from Nicaragua.",
     {("relations", "recall", "CHL", "NIC", "asserted")}),
    # Diplomats given hours to leave are expelled; an envoy given a letter is not.
    ("Niamey gave the Belgian ambassador 48 hours to leave the country.",
     {("relations", "expel", "NER", "BEL", "asserted")}),
    ("Sweden gave the Iranian ambassador a letter of protest.", set()),
    # An ambassador returned or sent back to a capital restores ties.
    ("Uruguay returned its ambassador to Caracas on Friday.",
     {("relations", "restore", "URY", "VEN", "asserted")}),
    ("Ghana will send back its envoy to Abuja.", {("relations", "restore", "GHA", "NGA", "planned")}),
    # An envoy going back to his post (not home) restores ties; "both envoys" are the latest pair's.
    ("Ecuador's ambassador returned to his post in Bogota.", {("relations", "restore", "ECU", "COL", "asserted")}),
    ("Oslo recalled its ambassador from Ankara in May. Both envoys returned to their posts in June.",
     {("relations", "recall", "NOR", "TUR", "asserted"), ("relations", "restore", "NOR", "TUR", "asserted")}),
    ("Soldiers returned to their posts.", set()),
], ids=["passive-recall", "troops-home", "representatives", "hours-to-leave", "letter", "returned", "sent-back",
        "back-to-post", "both-envoys", "not-envoys"])
def test_envoys_recalled_expelled_or_returned(sentence, expected):
    assert triples(extract(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # Ties cut or restored "to" a country are ties with it, not between the countries of the subject.
    ("Greece and Albania cut ties to Cyprus on Monday.",
     {("relations", "break", "GRC", "CYP", "asserted"), ("relations", "break", "ALB", "CYP", "asserted")}),
    ("Ghana restored diplomatic ties to Togo.", {("relations", "restore", "GHA", "TGO", "asserted")}),
], ids=["cut-to", "restored-to"])
def test_ties_to_a_country(sentence, expected):
    assert triples(extract(sentence)) == expected


def test_a_clause_after_after_has_its_own_subject_even_unrecognised():
    # "after the Pacific nation decided to switch": not Taiwan's switch.
    events = extract("Taiwan said it was ending relations with Tuvalu after the Pacific nation decided "
                     "to switch recognition to China.")
    assert triples(events) == {("relations", "break", "TWN", "TUV", "asserted")}


@pytest.mark.parametrize("text, expected", [
    # Recognising a person as leader backs them: support aimed at the person's country.
    ("Canada and Peru recognised Juan Guaidó as interim president on Monday.",
     {("statement", "support", "CAN", "VEN", "asserted"), ("statement", "support", "PER", "VEN", "asserted")}),
    ("Mexico declined to recognise Guaidó.", {("statement", "rejection", "MEX", "VEN", "asserted")}),
    # Recognising a state is still ties with it.
    ("Brazil recognised Kosovo on Monday.", {("relations", "establish", "BRA", "XKX", "asserted")}),
])
def test_recognising_a_person_is_support_for_a_claimant(text, expected):
    assert triples(extract(text)) == expected


def test_sanctions_told_on_two_days_are_two_rounds():
    events = extract("On March 3, Washington sanctioned two Iranian banks. On March 9, Washington "
                     "sanctioned Iran's oil minister.", date(2023, 3, 20))
    assert sorted((e.event_type, e.actor_country, e.target_country, str(e.date_start)) for e in events) == [
        ("sanction", "USA", "IRN", "2023-03-03"), ("sanction", "USA", "IRN", "2023-03-09")]


def test_a_recalled_envoy_leaves_the_country_of_the_post():
    (recall,) = extract("Chile recalled its ambassador from Caracas on Monday.")
    assert (recall.event_mode, recall.actor_country, recall.target_country, recall.place_country) == (
        "recall", "CHL", "VEN", "VEN")


def test_sanctions_on_a_list_of_officials_hit_their_country():
    text = "Minsk said on Friday it was imposing counter-sanctions on a long list of EU officials."
    assert triples(extract(text)) == {("sanction", "impose", "BLR", "EUU", "asserted")}


@pytest.mark.parametrize("text", [
    "Sanctions were imposed by the European Union on Belarus on Monday.",
    "The sanctions imposed by the European Union on Belarus took effect on Monday.",
])
def test_a_passive_measure_hits_the_object_after_its_doer(text):
    assert triples(extract(text)) == {("sanction", "impose", "EUU", "BLR", "asserted")}


@pytest.mark.parametrize("text", [
    "Norway on Monday adopted the sanctions imposed by the European Union on Belarus.",
    "Norway is implementing the travel bans adopted by the EU against Belarusian officials.",
])
def test_a_measure_taken_over_from_another_hits_the_same_country(text):
    assert triples(extract(text)) == {("sanction", "impose", "NOR", "BLR", "asserted")}


def test_the_swiss_federal_council_is_switzerland():
    text = "The Federal Council on Monday condemned Belarus for the forced landing."
    assert {(e.actor_country, e.target_country) for e in extract(text)} == {("CHE", "BLR")}


def test_a_further_package_said_with_also_is_its_own_event():
    events = extract("Canada imposed sanctions on Iran on Monday. Ottawa also imposed sanctions on three Iranian banks.",
                     date(2024, 3, 4))
    assert [(e.event_type, e.event_mode, e.actor_country, e.target_country) for e in events] == [
        ("sanction", "impose", "CAN", "IRN"), ("sanction", "impose", "CAN", "IRN")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # Halting arms exports or sales to a country is a measure against it, as halting trade is.
    ("Sweden halted arms sales to Chile after the coup.", {("sanction", "impose", "SWE", "CHL", "asserted")}),
    ("Belgium and Austria said they would suspend arms exports to Peru.",
     {("sanction", "impose", "BEL", "PER", "planned"), ("sanction", "impose", "AUT", "PER", "planned")}),
])
def test_halting_arms_exports_is_a_sanction(sentence, expected):
    assert triples(extract(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The EU placed sanctions on Belarus.", {("sanction", "impose", "EUU", "BLR", "asserted")}),
    ("The United States revoked sanctions on Venezuela.", {("sanction", "lift", "USA", "VEN", "asserted")}),
    ("Britain proscribed the Russian group.", {("sanction", "impose", "GBR", "RUS", "asserted")}),
    ("The United States curbed exports to China.", {("sanction", "impose", "USA", "CHN", "asserted")}),
    ("Sudan evicted the Chadian ambassador.", {("relations", "expel", "SDN", "TCD", "asserted")}),
    ("Canada shuttered its embassy in Iran.", {("relations", "close", "CAN", "IRN", "asserted")}),
    ("Israel and the UAE forged diplomatic ties.", {("relations", "establish", "ISR", "ARE", "asserted")}),
    ("Qatar and Egypt reestablished diplomatic relations.", {("relations", "restore", "QAT", "EGY", "asserted")}),
    # closing a market to a country's goods is a trade measure against it
    ("Ghana shut its markets to Nigerian rice in May.", {("sanction", "impose", "GHA", "NGA", "asserted")}),
])
def test_more_words_of_measures_and_ties(sentence, expected):
    assert triples(extract(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a measure promised, vowed or under consideration is threatened, not yet taken
    ("Brazil has promised heavy tariffs on Argentine beef.", {("sanction", "threaten", "BRA", "ARG", "asserted")}),
    ("Japan is considering sanctions against Belarus.", {("sanction", "threaten", "JPN", "BLR", "asserted")}),
    # widening measures imposes more of them
    ("Canada widened its sanctions on Iranian officials.", {("sanction", "impose", "CAN", "IRN", "asserted")}),
])
def test_intended_and_widened_measures(sentence, expected):
    assert triples(extract(sentence)) == expected


@pytest.mark.parametrize("text, expected", [
    # one diplomat recalled is a recall as well as "diplomats"
    ("Ghana has recalled a senior diplomat from its embassy in Lome for consultations.",
     {("relations", "recall", "GHA", "TGO", "asserted")}),
    # a downgraded diplomatic representation or presence is a recall; other things downgraded are not
    ("Ghana decided to downgrade the level of its diplomatic representation in Togo.",
     {("relations", "recall", "GHA", "TGO", "asserted")}),
    ("Ghana is also downgrading its diplomatic presence to Togo.", {("relations", "recall", "GHA", "TGO", "asserted")}),
    ("Ghana downgraded the alert level in Togo.", set()),
])
def test_a_diplomat_recalled_or_representation_downgraded(text, expected):
    assert triples(extract(text, date(2024, 6, 19))) == expected


@pytest.mark.parametrize("text, expected", [
    # An order, decree or law acts in the name of whoever signed or issued it.
    ("President Lula signed a decree that expelled two Nicaraguan diplomats.",
     {("relations", "expel", "BRA", "NIC", "asserted")}),
    ("Ghana's president issued an executive order that imposed sanctions on three Togolese officials.",
     {("sanction", "impose", "GHA", "TGO", "asserted")}),
    # An order no one is said to have issued acts for nobody.
    ("An executive order that imposed sanctions on three Togolese officials took effect.", set()),
])
def test_a_document_acts_for_whoever_issued_it(text, expected):
    assert triples(extract(text, date(2024, 6, 19))) == expected


@pytest.mark.parametrize("text, expected", [
    # "listed" people or entities, "placed under sanctions": designations; a list of other things is none.
    ("The Treasury listed eight Iranian entities on Friday.", {("sanction", "impose", "USA", "IRN", "asserted")}),
    ("Ottawa placed two Iranian banks under sanctions.", {("sanction", "impose", "CAN", "IRN", "asserted")}),
    ("Together with Canada and Britain, the Treasury also listed three Iranian officials.",
     {("sanction", "impose", code, "IRN", "asserted") for code in ("CAN", "GBR", "USA")}),
    ("The Iranian ministry listed the countries it considers hostile.", set()),
    # "imposed measures on" a country and countermeasures are sanctions; measures aimed at nobody are not.
    ("In June the EU imposed measures on Kosovo.", {("sanction", "impose", "EUU", "XKX", "asserted")}),
    ("Beijing adopted countermeasures against U.S. defence firms.", {("sanction", "impose", "CHN", "USA", "asserted")}),
    ("Washington imposed sanctions on Iran. The EU announced measures to protect its firms.",
     {("sanction", "impose", "USA", "IRN", "asserted")}),
    # Deliveries or imports halted or blocked, by a state company too; shipping halted to nobody is none.
    ("Gazprom halted gas deliveries to Latvia.", {("sanction", "impose", "RUS", "LVA", "asserted")}),
    ("Beijing blocked seafood imports from Japan.", {("sanction", "impose", "CHN", "JPN", "asserted")}),
    ("The rebels halted shipments through the strait.", set()),
    # A measure still to come, after a modal or "plans to": the verb's bare form.
    ("The United States will designate four Iranian banks.", {("sanction", "impose", "USA", "IRN", "planned")}),
    ("Japan plans to curb chip exports to South Korea.", {("sanction", "impose", "JPN", "KOR", "planned")}),
])
def test_listings_are_designations(text, expected):
    assert triples(extract(text, date(2024, 6, 19))) == expected
