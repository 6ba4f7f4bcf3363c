"""Plain "measures" with a support verb are sanctions; measures told with their purpose are not
(own wording)."""

from __future__ import annotations

from tests.conftest import extract, triples


def test_lifted_measures_against_a_country():
    text = "Turkey lifted the measures against Armenia in May."
    assert triples(extract(text)) == {("sanction", "lift", "TUR", "ARM", "asserted")}


def test_eased_measures_on_a_country():
    text = "ECOWAS eased measures on Chad."
    assert triples(extract(text)) == {("sanction", "ease", "ECW", "TCD", "asserted")}


def test_new_measures_imposed():
    text = "Ottawa imposed new measures on Iran on Tuesday."
    assert triples(extract(text)) == {("sanction", "impose", "CAN", "IRN", "asserted")}


def test_the_last_of_the_measures_hit_the_country_sanctioned_before():
    text = "Turkey imposed sanctions on Armenia in 2019. Ankara lifted the last of the measures in May."
    assert triples(extract(text)) == {("sanction", "impose", "TUR", "ARM", "asserted"),
                                      ("sanction", "lift", "TUR", "ARM", "asserted")}


def test_measures_with_their_purpose_are_no_sanction():
    text = "Spain will introduce new measures to ease visa rules for Chinese tourists."
    assert not any(t[0] == "sanction" for t in triples(extract(text)))


def test_measures_against_inflation_are_no_sanction():
    text = "The government adopted measures to curb inflation."
    assert triples(extract(text)) == set()
