"""Exact military events out of short sentences written for these tests: drills, launches, arms."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, triples

# (sentence, expected set of (type, mode, actor country, target country, modality))
CASES = [
    # Drills announced, continued or stepped up are drills held.
    ("Russia's navy announced new drills near Japan.",
     {("military", "exercise", "RUS", "JPN", "asserted")}),
    ("China pressed on with its naval exercises around the Philippines.",
     {("military", "exercise", "CHN", "PHL", "asserted")}),
    # Arms promised to nobody named go where the article's latest arms went.
    ("France will send howitzers to Armenia. Italy said it would provide 20 armoured vehicles.",
     {("military", "arms_transfer", "FRA", "ARM", "planned"), ("military", "arms_transfer", "ITA", "ARM", "planned")}),
    # "of" inside a long object does not end it.
    ("Iran shipped more than 500 crates of drones and artillery shells to Russia.",
     {("military", "arms_transfer", "IRN", "RUS", "asserted")}),
    # A relative clause between the object and the recipient is skipped.
    ("Germany delivered the howitzers, which were made in Bavaria, to Lithuania.",
     {("military", "arms_transfer", "DEU", "LTU", "asserted")}),
    # ", and" after the object of one verb starts a new clause with its own subject.
    ("Beijing summoned the Japanese ambassador, and the Chinese navy held drills near Taiwan.",
     {("statement", "criticism", "CHN", "JPN", "asserted"), ("military", "exercise", "CHN", "TWN", "asserted")}),
    # Troops, ships or aircraft that arrive, operate or rotate somewhere are deployed there.
    ("Russian troops arrived in Belarus on Monday.",
     {("military", "deployment", "RUS", "BLR", "asserted")}),
    ("Russia's army chief arrived in Beijing on Monday.",
     {("visit", "unspecified", "RUS", "CHN", "asserted")}),
    ("Turkish forces have operated in Syria since 2016.",
     {("military", "deployment", "TUR", "SYR", "asserted")}),
    ("Turkish companies operate in Iraq.", set()),
    # Aid told as a noun is arms when what it includes is weapons; with its worth and a country of
    # its own, a package goes to the other side of the latest pair of the article.
    (("Canadian Prime Minister Mark Carney arrived in Warsaw on Monday. He unveiled $300 million in "
      "Canadian assistance, including drones and howitzers."),
     {("visit", "unspecified", "CAN", "POL", "asserted"), ("military", "arms_transfer", "CAN", "POL", "asserted")}),
    ("Norway announced $50 million in aid to Moldova, including food and medicine.", set()),
    (("Polish President Andrzej Duda arrived in Kyiv on Monday. The trip came with a new Polish "
      "military aid package worth $200 million."),
     {("visit", "unspecified", "POL", "UKR", "asserted"), ("military", "arms_transfer", "POL", "UKR", "asserted")}),
    ("Austria opposes Western weapons deliveries.", set()),
    # Weapons bought from a country are that country's arms to the buyer; no seller, no event.
    ("Poland bought 96 Apache helicopters from the United States.",
     {("military", "arms_transfer", "USA", "POL", "asserted")}),
    ("Poland bought 96 Apache helicopters.", set()),
    ("India bought wheat from Russia.", set()),
    ("Egyptian President Abdel Fattah al-Sisi bought Rafale jets from France.",
     {("military", "arms_transfer", "FRA", "EGY", "asserted")}),
    # A wish or a request to buy is not yet a sale; a wish in the pluperfect did not come true.
    ("Kenya wants to buy drones from Turkey.",
     {("military", "arms_transfer", "TUR", "KEN", "hypothetical")}),
    ("Erdogan had hoped to host Putin in Ankara, but the Russian leader stayed home.",
     {("visit", "unspecified", "RUS", "TUR", "negated"), ("meeting", "talks", "TUR", "RUS", "negated")}),
    # Plural launches that are only talked about, or counted, are a kind of event, not one event.
    ("Japanese officials published radar data on Chinese missile launches.", set()),
    ("Regional tension grew, fuelled by Iran's repeated missile tests.", set()),
    ("Pakistan has carried out a record number of missile tests this year.", set()),
    ("Pakistan carried out two missile tests on Monday.",
     {("military", "missile_test", "PAK", None, "asserted")}),
    # Arms "for" a country go to it; what "could lead to" them is as sure as the verb that leads.
    ("The deal could lead to Iranian weapons supplies for Venezuela.",
     {("military", "arms_transfer", "IRN", "VEN", "hypothetical")}),
    ("The summit led to Iranian weapons deliveries to Venezuela.",
     {("military", "arms_transfer", "IRN", "VEN", "asserted")}),
    # Forces that cross or enter a country are deployed there; a clause that ends ", according to"
    # a source is alleged, unless a relative clause comes between.
    ("Russian troops crossed into Lithuania on Monday.",
     {("military", "deployment", "RUS", "LTU", "asserted")}),
    ("Russian troops crossed into Lithuania on Monday, according to Lithuanian officials.",
     {("military", "deployment", "RUS", "LTU", "alleged")}),
    ("Iran fired a missile at Iraq that flew 300 kilometres, according to US officials.",
     {("military", "missile_test", "IRN", "IRQ", "asserted")}),
    # "are to" + verb is a plan.
    ("Indian officials are to travel to Paris.",
     {("visit", "unspecified", "IND", "FRA", "planned")}),
    # A launch told as a noun is the launcher's, named by "by" or a possessive, not the critic's.
    ("Seoul condemned the launch of a cruise missile by Iran on Friday.",
     {("statement", "criticism", "KOR", "IRN", "asserted"), ("military", "missile_test", "IRN", None, "asserted")}),
    ("The launch worried Seoul.", set()),
    # Joining or taking part in an exercise is holding it.
    ("Canada rejoined the Pacific naval exercise last year.",
     {("military", "exercise", "CAN", None, "asserted")}),
    ("Brazil took part in joint drills with Peru last week.",
     {("military", "exercise", "BRA", "PER", "asserted")}),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_military_case(sentence, expected):
    assert triples(extract(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # A transfer noun whose object is weapons: the recipient follows what is sent.
    ("Italy approved the delivery of Aster missiles to Ukraine.",
     {("military", "arms_transfer", "ITA", "UKR", "asserted")}),
    ("The State Department cleared the sale of Abrams tanks to Morocco.",
     {("military", "arms_transfer", "USA", "MAR", "asserted")}),
    ("Serbia's deliveries of shells to Cyprus continued.", {("military", "arms_transfer", "SRB", "CYP", "asserted")}),
    # What is delivered is not weapons: no arms transfer.
    ("The government approved the delivery of grain to Egypt.", set()),
])
def test_a_transfer_of_weapons_named_by_a_noun(sentence, expected):
    assert triples(extract(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # Troops pulled out of a country: a withdrawal is coded as a deployment there.
    ("Belgium withdrew its soldiers from Chad.", {("military", "deployment", "BEL", "TCD", "asserted")}),
    ("Spain will pull its troops out of Lebanon.", {("military", "deployment", "ESP", "LBN", "planned")}),
    ("Austria ordered 400 troops to Bosnia.", {("military", "deployment", "AUT", "BIH", "asserted")}),
    # A demonym on the troops names their owner; the country left follows the force noun.
    ("Madrid will pull the remaining Spanish troops out of Iraq.", {("military", "deployment", "ESP", "IRQ", "planned")}),
    ("The plan to withdraw Italian soldiers from Niger was criticised.",
     {("military", "deployment", "ITA", "NER", "planned")}),
    # Nowhere named, or only promised: no deployment (a promise is a pledge).
    ("Hungary pulled troops back to its southern border.", set()),
    ("Chile promised to withdraw its troops from Peru.", {("statement", "pledge", "CHL", "PER", "asserted")}),
    # A country after "and" with a verb of its own starts the next clause: not the place left.
    ("Belgium is withdrawing some of its soldiers and Austria will begin pulling out its force in May.", set()),
    ("Belgium is withdrawing its soldiers from Chad and Austria will bring its force home.",
     {("military", "deployment", "BEL", "TCD", "asserted")}),
])
def test_troops_withdrawn_from_a_country(sentence, expected):
    assert triples(extract(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # Police, soldiers and hired fighters sent abroad are forces on the move.
    ("Rwandan police officers landed in Mozambique on Friday.",
     {("military", "deployment", "RWA", "MOZ", "asserted")}),
    ("Turkish soldiers arrived in Libya on Friday.", {("military", "deployment", "TUR", "LBY", "asserted")}),
    ("Russian private military contractors arrived in Sudan.", {("military", "deployment", "RUS", "SDN", "asserted")}),
    # Troops massed at a border shared with a country face it; at their own border, stay home.
    ("Armenia massed soldiers near its border with Azerbaijan.",
     {("military", "deployment", "ARM", "AZE", "asserted")}),
    ("Peru massed troops at its southern border.", {("military", "deployment", "PER", None, "asserted")}),
    ("The firm moved its offices to Lima.", set()),
    # A ruled-out act is negated; one not ruled out is only possible.
    ("Brazil has ruled out sending troops to Haiti.", {("military", "deployment", "BRA", "HTI", "negated")}),
    ("Chile did not rule out sending troops to Haiti.", {("military", "deployment", "CHL", "HTI", "hypothetical")}),
    # Forces pledged are still to come; forces sent to nobody named go where the latest went;
    # forces sent home are deployed nowhere.
    ("Uruguay has pledged 200 soldiers to Mozambique.", {("military", "deployment", "URY", "MOZ", "planned")}),
    ("Norway pledged two fighter jets to Latvia.", {("military", "arms_transfer", "NOR", "LVA", "planned")}),
    ("Rwandan troops arrived in Mozambique. Ghana and Togo have also pledged soldiers.",
     {("military", "deployment", "RWA", "MOZ", "asserted"), ("military", "deployment", "GHA", "MOZ", "planned"),
      ("military", "deployment", "TGO", "MOZ", "planned")}),
    ("The candidate promised to send the Russian troops home.", set()),
    # Launches of missiles and rockets told together are launches.
    ("Pakistan carried out missile and rocket launches on Monday.",
     {("military", "missile_test", "PAK", None, "asserted")}),
])
def test_forces_sent_moved_or_fired(sentence, expected):
    assert triples(extract(sentence)) == expected


def test_forces_at_their_own_border_are_placed_at_home():
    (event,) = extract("Peru massed troops at its southern border.")
    assert event.place_country == "PER"


@pytest.mark.parametrize(("sentence", "expected"), [
    # "there" after the forces: the latest place the sentence named after a place preposition.
    ("Paris sent a frigate to its base in Djibouti, and France later deployed more marines there.",
     {("military", "deployment", "FRA", "DJI", "asserted")}),
    # With no place named before, "there" ends nowhere: no deployment between countries.
    ("Chile deployed troops there.", set()),
    # Forces sent to respond answer the latest military act told before, whatever its kind.
    ("Russian warships held drills near Norway. Oslo said it had sent frigates to respond.",
     {("military", "exercise", "RUS", "NOR", "asserted"), ("military", "deployment", "NOR", "RUS", "asserted")}),
])
def test_forces_sent_there_or_to_respond(sentence, expected):
    assert triples(extract(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "North Korea fired two ballistic missiles into the sea on Tuesday.",
    "China held live-fire drills in the Yellow Sea on Tuesday.",
])
def test_a_test_or_drill_aimed_at_nobody_is_shown(sentence):
    (event,) = extract(sentence, date(2024, 6, 19))
    assert event.event_type == "military" and event.target_country is None and event.confidence >= 0.5


@pytest.mark.parametrize("sentence", [
    "Japan voiced concern on Tuesday about rising tensions in the region.",
    "The president called for calm after the storm on Tuesday.",
    "The ministry demanded that all sides respect the ceasefire.",
])
def test_a_remark_aimed_at_nobody_is_no_event(sentence):
    assert extract(sentence, date(2024, 6, 19)) == []


def test_an_appeal_aimed_at_a_country_is_kept():
    assert triples(extract("Japan called for tougher measures against North Korea on Tuesday.",
                           date(2024, 6, 19))) == {("statement", "appeal", "JPN", "PRK", "asserted")}


@pytest.mark.parametrize(("sentence", "expected"), [
    # Arms sent "to bomb" or "to strike" someone are used in an attack, not handed over to a recipient.
    ("Peru and Ecuador clashed over the border. Peru sent fighter jets to bomb Ecuadorian positions.", set()),
    ("Norway sent tanks to Poland to strike targets in the east.",
     {("military", "arms_transfer", "NOR", "POL", "asserted")}),
])
def test_arms_sent_to_attack_are_no_transfer(sentence, expected):
    assert {t for t in triples(extract(sentence)) if t[1] == "arms_transfer"} == expected


def test_two_countries_holding_drills_hold_them_together():
    events = extract("Hanoi and New Delhi held their first joint naval exercises in March.")
    assert triples(events) == {("military", "exercise", "VNM", "IND", "asserted")}
    assert {e.place_country for e in events} == {None}


def test_three_countries_holding_drills_are_each_a_side():
    events = extract("Japan, India and Australia held naval drills in March.")
    assert triples(events) == {("military", "exercise", code, None, "asserted") for code in ("JPN", "IND", "AUS")}


@pytest.mark.parametrize(("sentence", "expected"), [
    # Forces sent nowhere the text names are no deployment between countries; drills may be.
    ("The Peruvian army deployed two brigades north of the river.", set()),
    ("Ghana sent soldiers across the border last year.", set()),
    ("Ghana sent soldiers to Mali last year.", {("military", "deployment", "GHA", "MLI", "asserted")}),
])
def test_a_deployment_needs_an_end(sentence, expected):
    assert {t for t in triples(extract(sentence)) if t[0] == "military"} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("North Korea lobbed a missile into the Sea of Japan.", {("military", "missile_test", "PRK", "JPN", "asserted")}),
    ("Japan scrambled fighter jets to intercept Chinese aircraft.", {("military", "deployment", "JPN", "CHN", "asserted")}),
    ("Russia moved troops to the Belarusian border.", {("military", "deployment", "RUS", "BLR", "asserted")}),
    ("Germany donated tanks to Ukraine.", {("military", "arms_transfer", "DEU", "UKR", "asserted")}),
    ("Britain handed over tanks to Ukraine.", {("military", "arms_transfer", "GBR", "UKR", "asserted")}),
    ("Russian bombers intruded into South Korean airspace.", {("military", "deployment", "RUS", "KOR", "asserted")}),
    # Forces that leave a country on their own: a deployment ended, coded as one; a state leaving a pact is not.
    ("The last French soldiers left Mali in August.", {("military", "deployment", "FRA", "MLI", "asserted")}),
    ("French troops withdrew from Niger.", {("military", "deployment", "FRA", "NER", "asserted")}),
    ("Mali withdrew from the G5 Sahel force.", set()),
])
def test_more_verbs_of_launches_moves_and_gifts(sentence, expected):
    assert {t for t in triples(extract(sentence)) if t[0] == "military"} == expected
