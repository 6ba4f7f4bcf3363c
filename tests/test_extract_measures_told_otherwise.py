"""Exact events out of short sentences on measures and ties told in less common ways (own
wording): ties founded in a year, people of two countries as a measure's object, sanctions being
prepared, envoys sent back, a bloc suspending a member, contacts suspended, airspace closed."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("text, expected", [
    # Ties told with the year they were founded, in a participle after the noun.
    ("The visit marks sixty years of diplomatic relations between Chile and Peru, established in 1962.",
     {("relations", "establish", "CHL", "PER", date(1962, 1, 1))}),
    ("Chile marks fifty years of ties with Peru, established in 1974.",
     {("relations", "establish", "CHL", "PER", date(1974, 1, 1))}),
    # Not a founding: no time phrase after the participle, or no ties named.
    ("Ties between Chile and Peru, established and deepened over decades, are strong.", set()),
    ("Chile marks fifty years of a museum, established in 1974.", set()),
])
def test_ties_founded_in_a_year_told_in_a_participle(text, expected):
    assert {(e.event_type, e.event_mode, e.actor_country, e.target_country, e.date_start)
            for e in extract(text) if e.event_type == "relations"} == expected


@pytest.mark.parametrize("text, expected", [
    # People of a second country joined by "and" after the first's are aimed at too.
    ("Ecuador expelled Peru's ambassador and two Chilean diplomats.",
     {("relations", "expel", "ECU", "PER"), ("relations", "expel", "ECU", "CHL")}),
    ("Beijing imposed sanctions on Japan's envoy in Manila, Kenji Ito, and on two Canadian firms.",
     {("sanction", "impose", "CHN", "JPN"), ("sanction", "impose", "CHN", "CAN")}),
    # Not a second country's people: a new clause, or the same country again.
    ("On Monday Norway said it was expelling 12 Iranian diplomats and Denmark said it would send home 4.",
     {("relations", "expel", "NOR", "IRN"), ("relations", "expel", "DNK", "IRN")}),
    ("Ecuador expelled Peru's ambassador and two Peruvian diplomats.",
     {("relations", "expel", "ECU", "PER")}),
])
def test_people_of_two_countries_as_the_object_of_a_measure(text, expected):
    assert {t[:4] for t in triples(extract(text)) if t[0] in ("relations", "sanction")} == expected


@pytest.mark.parametrize("text, expected", [
    # Sanctions being prepared, drafted or planned are intended, not yet taken: a threat.
    ("Norway is preparing economic sanctions against Iran.", {("sanction", "threaten", "NOR", "IRN")}),
    ("Canada plans sanctions against Venezuela.", {("sanction", "threaten", "CAN", "VEN")}),
    ("Brussels is drafting a new package of sanctions against Belarus.", {("sanction", "threaten", "EUU", "BLR")}),
    # Not a measure of the subject's own: preparing for sanctions, planning to evade them.
    ("Iran has prepared for sanctions.", set()),
    ("Iran plans to evade sanctions through Iraq.", set()),
])
def test_sanctions_being_prepared(text, expected):
    assert {t[:4] for t in triples(extract(text)) if t[0] == "sanction"} == expected


@pytest.mark.parametrize("text, expected", [
    # Envoys sent back, going back to their posts, or exchanged restore full ties.
    ("Chile will send its ambassador back to Lima.", {("relations", "restore", "CHL", "PER", "planned")}),
    ("Chile's ambassador returned to Lima.", {("relations", "restore", "CHL", "PER", "asserted")}),
    ("Colombia and Venezuela will exchange ambassadors.", {("relations", "restore", "COL", "VEN", "planned")}),
    # Not a return to a post: an envoy going home, someone else's envoys sent back, troops.
    ("Russia's ambassador returned to Moscow for consultations.", set()),
    ("Russia sent the Greek diplomats back to Athens.", set()),
    ("Chile sent troops back to Haiti.", set()),
])
def test_envoys_sent_back_or_exchanged(text, expected):
    assert {t for t in triples(extract(text)) if t[0] == "relations"} == expected


@pytest.mark.parametrize("text, expected", [
    # A bloc suspending a member state breaks relations with it.
    ("The African Union suspended Niger after the coup.", {("relations", "break", "AFU", "NER", "asserted")}),
    ("ECOWAS suspended Guinea from its bodies in September.", {("relations", "break", "ECW", "GIN", "asserted")}),
    # Not a member suspended: a state suspending another's access, or its own participation.
    ("The US suspended Turkey from the F-35 programme.", set()),
    ("Russia suspended its participation in the treaty.", set()),
])
def test_a_bloc_suspending_a_member(text, expected):
    assert {t for t in triples(extract(text)) if t[0] == "relations"} == expected


@pytest.mark.parametrize("text, expected", [
    # Official contacts with a country suspended or halted are a sanction.
    ("Australia suspended high-level political and military contacts with Fiji.",
     {("sanction", "impose", "AUS", "FJI", "asserted")}),
    ("Britain halted ministerial contacts with Belarus.", {("sanction", "impose", "GBR", "BLR", "asserted")}),
    # Not contacts: talks suspended stay talks.
    ("Australia suspended negotiations with Fiji.", set()),
])
def test_official_contacts_suspended(text, expected):
    assert {t for t in triples(extract(text)) if t[0] == "sanction"} == expected


@pytest.mark.parametrize("text, expected", [
    # A country's airspace closed "to" another's aircraft, however the airspace is named.
    ("Morocco closed the Moroccan airspace to all Algerian aircraft.", {("sanction", "impose", "MAR", "DZA", "asserted")}),
    ("Austria shut Austrian airspace to Russian planes.", {("sanction", "impose", "AUT", "RUS", "asserted")}),
    # Not closed to a country: airspace shut over a place for an event.
    ("Peru closed the airspace over Lima for the summit.", set()),
])
def test_airspace_closed_to_another_country(text, expected):
    assert {t for t in triples(extract(text)) if t[0] == "sanction"} == expected


@pytest.mark.parametrize("text, expected", [
    # The singular of a restriction noun, and a visa restriction policy, are measures too.
    ("Beijing imposed a restriction on imports of Australian wine.", {("sanction", "impose", "CHN", "AUS", "asserted")}),
    ("Canada announced a visa restriction policy for Belarusian officials.",
     {("sanction", "impose", "CAN", "BLR", "asserted")}),
    # With no support verb a restriction is no event.
    ("Travel restrictions were eased in Japan.", set()),
])
def test_a_restriction_in_the_singular(text, expected):
    assert {t for t in triples(extract(text)) if t[0] == "sanction"} == expected
