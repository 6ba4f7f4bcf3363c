"""Who acts after a statement verb's object: the object of "urged" (it is asked to act), but not
the envoy of "summoned" (the summoner protests); short sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("text, expected", [
    # a purpose infinitive right after the named envoy
    ("Peru's foreign minister summoned Chilean ambassador Juan Perez to complain.",
     {("statement", "criticism", "PER", "CHL", "asserted")}),
    # a day between the envoy and the infinitive, a support verb and its noun
    ("Peru's deputy foreign minister summoned Chilean ambassador Juan Perez on Monday to lodge a "
     "protest over the border incident.",
     {("statement", "criticism", "PER", "CHL", "asserted")}),
    # the envoy named by the country's name after the title
    ("Norway summoned the ambassador of Denmark to protest against the fishing ban.",
     {("statement", "criticism", "NOR", "DNK", "asserted")}),
])
def test_the_summoner_makes_the_protest_of_the_summons(text, expected):
    assert triples(extract(text)) == expected


def test_the_object_of_an_appeal_still_acts_in_the_infinitive():
    assert triples(extract("Peru urged Chile to condemn the attack.")) == {
        ("statement", "appeal", "PER", "CHL", "asserted")}


def test_the_envoy_is_still_the_subject_of_a_clause_of_his_own():
    events = extract("Peru summoned the Chilean ambassador on Friday, a day after he publicly accused "
                     "the government of arming rebels.")
    assert triples(events) == {("statement", "criticism", "PER", "CHL", "asserted"),
                               ("statement", "accusation", "CHL", "PER", "asserted")}
