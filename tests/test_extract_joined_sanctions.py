"""Others' sanctions joined are a sanction by the joiner on the sanctioned country, not an
accession to the group that owns them (own wording)."""

from __future__ import annotations

from tests.conftest import extract, triples


def test_joined_a_blocs_sanctions_is_a_sanction_by_the_joiner():
    text = "Croatia joined European Union sanctions against Belarus on Monday."
    assert triples(extract(text)) == {("sanction", "impose", "HRV", "BLR", "asserted")}


def test_has_since_joined_sanctions():
    text = "Croatia has since joined European Union sanctions against Belarus."
    assert triples(extract(text)) == {("sanction", "impose", "HRV", "BLR", "asserted")}


def test_joined_the_sanctions_with_no_owner():
    text = "Hungary joined the sanctions on Iran last year."
    assert triples(extract(text)) == {("sanction", "impose", "HUN", "IRN", "asserted")}


def test_aligned_itself_with_sanctions():
    text = "Norway aligned itself with EU sanctions against Syria."
    assert triples(extract(text)) == {("sanction", "impose", "NOR", "SYR", "asserted")}


def test_sanctions_not_joined_are_negated():
    text = "Serbia has not joined Western sanctions against Russia."
    assert triples(extract(text)) == {("sanction", "impose", "SRB", "RUS", "negated")}


def test_joining_the_bloc_itself_stays_an_accession():
    text = "Croatia joined the European Union in 2013."
    assert triples(extract(text)) == {("agreement", "join", "HRV", "EUU", "asserted")}


def test_joined_talks_about_sanctions_makes_no_sanction():
    text = "Finland joined talks on sanctions against Iran."
    assert not any(t[0] == "sanction" for t in triples(extract(text)))
