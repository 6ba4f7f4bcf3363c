"""A deal opening a sentence with "they" as the subject of its clause after talks: the sides at
the table signed it ("The memorandum they signed provides ...")."""

from __future__ import annotations

from tests.conftest import extract, triples


def _agreements(text: str) -> set[tuple]:
    return {t for t in triples(extract(text)) if t[0] == "agreement"}


def test_the_memorandum_they_signed_after_talks_is_their_signing():
    text = "Macron held talks with Olaf Scholz in Paris on Monday. The memorandum they signed covers mining."
    assert _agreements(text) == {("agreement", "sign", "FRA", "DEU", "asserted")}


def test_the_declaration_they_adopted_after_talks_is_their_agreement():
    text = "Lula met Petro in Bogota on Friday. The declaration they adopted is short."
    assert _agreements(text) == {("agreement", "agree", "BRA", "COL", "asserted")}


def test_they_after_a_deal_noun_with_no_talks_before_names_no_one():
    assert _agreements("The memorandum they signed covers mining.") == set()
