"""The adverb "since" inside a perfect verb opens no clause: the subject is left of "has"
(own wording)."""

from __future__ import annotations

from tests.conftest import extract, triples


def test_has_since_signed_keeps_its_subject():
    text = "Latvia has since signed a border treaty with Estonia."
    assert triples(extract(text)) == {("agreement", "sign", "LVA", "EST", "asserted")}


def test_had_since_then_imposed_keeps_its_subject():
    text = "Canada had since then imposed sanctions on Belarus."
    assert triples(extract(text)) == {("sanction", "impose", "CAN", "BLR", "asserted")}


def test_has_also_since_tested_keeps_its_subject():
    text = "North Korea has also since tested a ballistic missile over Japan."
    assert {t[:3] for t in triples(extract(text))} == {("military", "missile_test", "PRK")}


def test_since_opening_a_clause_still_stops_the_search():
    # "since" with a subject of its own opens a clause: Peru did not sign
    text = "Peru was pleased since Chile signed a trade pact with Bolivia."
    assert ("agreement", "sign", "CHL", "BOL", "asserted") in triples(extract(text))
    assert not any(t[2] == "PER" and t[0] == "agreement" for t in triples(extract(text)))
