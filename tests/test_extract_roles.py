"""Who acts and who is aimed at when a clause of another actor stands between (own wording)."""

from __future__ import annotations

import pytest

from tests.conftest import extract, statements, triples


@pytest.mark.parametrize(("sentence", "expected"), [
    # A ", -ing" phrase after a relative clause is done by the subject the clause hangs on,
    # not by the relative clause's own subject.
    ("Niger's junta scrapped a treaty that France had drafted, accusing Paris of meddling.",
     {("accusation", "NER", "FRA", "negative")}),
    ("Russia expelled two diplomats whom Estonia had accredited, accusing Tallinn of spying.",
     {("accusation", "RUS", "EST", "negative")}),
    ("Chad ended a pact which Sudan signed in 2019, accusing Khartoum of arming rebels.",
     {("accusation", "TCD", "SDN", "negative")}),
    # With no relative clause the main subject acts, as before.
    ("Mali's rulers ended the accord, accusing Algeria of meddling.", {("accusation", "MLI", "DZA", "negative")}),
])
def test_a_participle_after_a_relative_clause_is_the_main_subjects(sentence, expected):
    assert {s for s in statements(extract(sentence)) if s[0] == "accusation"} == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "X joined A, B and C in doing": those joined did it too, each an actor beside X.
    ("Chile joined Peru, Bolivia and Ecuador in breaking off relations with Nicaragua in 2022.",
     {("relations", "break", code, "NIC", "asserted") for code in ("CHL", "PER", "BOL", "ECU")}),
    ("Canada joined Britain in imposing sanctions on Iran on Monday.",
     {("sanction", "impose", "CAN", "IRN", "asserted"), ("sanction", "impose", "GBR", "IRN", "asserted")}),
    ("France joined Germany in condemning Belarus on Monday.",
     {("statement", "criticism", "FRA", "BLR", "asserted"), ("statement", "criticism", "DEU", "BLR", "asserted")}),
    # Joining an alliance is no partner in the next act.
    ("Sweden joined NATO in March, ending decades of neutrality.", {("agreement", "join", "SWE", "NTO", "asserted")}),
])
def test_partners_joined_in_an_act_do_it_too(sentence, expected):
    assert triples(extract(sentence)) == expected


def test_several_doers_of_one_act_make_no_pair_for_the_two_countries():
    text = ("Kuwait and Jordan agreed on Monday to restore relations, years after Jordan joined Syria, Iraq and "
            "Egypt in cutting ties with Kuwait. Delegations from the two countries met in Riyadh.")
    meetings = {(e.actor_country, e.target_country) for e in extract(text) if e.event_type == "meeting"}
    assert meetings == {("KWT", "JOR")}
