"""Exact events out of short sentences on measures told with words between verb and noun
(own wording)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, triples

CASES = [
    # Aid paused, suspended or frozen with an amount or qualifier before the aid noun.
    ("The United States paused 40 million dollars in assistance to Bolivia on Monday.",
     {("sanction", "impose", "USA", "BOL", "asserted")}),
    ("Washington suspended most security assistance to Managua in March.",
     {("sanction", "impose", "USA", "NIC", "asserted")}),
    ("Australia froze funding for Fiji last week.",
     {("sanction", "impose", "AUS", "FJI", "asserted")}),
    ("Japan halted its loans to Myanmar.",
     {("sanction", "impose", "JPN", "MMR", "asserted")}),
    # No aid noun, or aid without a receiving country: no measure.
    ("France suspended its aid.", set()),
    # A boycott of a country, its doers told by "by" or by an adjective; it is itself the
    # measure, not a negated one, while boycotting a summit still skips the visit.
    ("The boycott of Oman by Kuwait, Jordan and Egypt lasted two years.",
     {("sanction", "impose", "KWT", "OMN", "asserted"), ("sanction", "impose", "JOR", "OMN", "asserted"),
      ("sanction", "impose", "EGY", "OMN", "asserted")}),
    ("Greek farmers feared a Russian boycott of Greek fruit.",
     {("sanction", "impose", "RUS", "GRC", "asserted")}),
    ("The opposition announced a boycott of the election.", set()),
    ("Macron boycotted the summit in Moscow.", {("visit", "summit", "FRA", "RUS", "negated")}),
    # A bare blockade is as often a siege or a naval cordon: no sanction.
    ("Russia kept up its blockade of Ukraine's ports.", set()),
    # "placed X under a travel ban": the placing verb's subject imposes it on its object, past a
    # list of members; with no placing verb, a ban someone is under names no doer.
    ("The EU placed four members of the Nigerien junta under a travel ban.",
     {("sanction", "impose", "EUU", "NER", "asserted")}),
    (("EU ministers placed three members of the council, including Prime Minister Ali Lamine Zeine, "
      "under a travel ban and asset freeze."),
     {("sanction", "impose", "EUU", "NER", "asserted")}),
    ("Four Nigerien ministers are under a travel ban.", set()),
    # Visas revoked or cancelled with words between the verb and the noun; a contract
    # cancelled is no visa.
    ("The United States is revoking every visa issued to holders of Eritrean passports.",
     {("sanction", "impose", "USA", "ERI", "asserted")}),
    ("Britain revoked all visas held by Eritreans.", {("sanction", "impose", "GBR", "ERI", "asserted")}),
    ("Hungary revoked the licence of an Austrian bank.", set()),
    # A ban on one's own people going somewhere is aimed at where they may not go; a ban on
    # the other side's people keeps its target. "barred" bans as "banned" does.
    ("Ankara issued a decree banning Turkish airlines from flying to Armenia.",
     {("sanction", "impose", "TUR", "ARM", "asserted")}),
    ("Ankara barred Turkish carriers from flying to Armenia.", {("sanction", "impose", "TUR", "ARM", "asserted")}),
    ("Ankara banned Armenian airlines from flying to Istanbul.", {("sanction", "impose", "TUR", "ARM", "asserted")}),
    ("Yerevan barred Turkish trucks.", {("sanction", "impose", "ARM", "TUR", "asserted")}),
    # The trip a ban forbids is no visit.
    ("Kyiv banned its officials from travelling to Belarus.", {("sanction", "impose", "UKR", "BLR", "asserted")}),
    ("Canada suspended the talks with Peru.", {("meeting", "talks", "CAN", "PER", "negated")}),
]


@pytest.mark.parametrize("sentence, expected", CASES, ids=[c[0][:50] for c in CASES])
def test_sentence_gives_exactly_these_events(sentence, expected):
    assert triples(extract(sentence)) == expected


def test_a_measure_named_by_its_year_is_of_that_year():
    events = extract("The 2017 boycott of Qatar by Egypt set Ankara against Cairo for years.")
    assert {(e.actor_country, e.date_start, e.date_precision) for e in events if e.event_type == "sanction"} == {
        ("EGY", date(2017, 1, 1), "year")}
