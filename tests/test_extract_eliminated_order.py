"""A deal whose partner came by elimination keeps the sides in the order the text named them."""

from __future__ import annotations

from tests.conftest import extract, triples


def _deals(text: str) -> set[tuple]:
    return {t for t in triples(extract(text)) if t[0] == "agreement"}


def test_a_list_of_adjectives_names_the_first_side_first():
    assert _deals("Chilean, Peruvian ministers ink fisheries accord") == {
        ("agreement", "sign", "CHL", "PER", "asserted")}


def test_a_side_named_in_an_earlier_clause_comes_first():
    text = "Lula last visited Argentina in 2019, when he and Milei's predecessor, Alberto Fernandez, signed a trade treaty."
    assert _deals(text) == {("agreement", "sign", "BRA", "ARG", "asserted")}


def test_a_partner_named_as_a_place_is_not_put_first():
    assert _deals("In Lima, the Chilean president signed a fisheries accord.") == {
        ("agreement", "sign", "CHL", "PER", "asserted")}


def test_the_actors_country_named_before_the_partner_keeps_the_order():
    text = "The Chilean president visited Peru last year, where he signed a fisheries accord."
    assert _deals(text) == {("agreement", "sign", "CHL", "PER", "asserted")}
