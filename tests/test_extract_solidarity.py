"""Solidarity told without a verb of saying before it, from short sentences written for these
tests: "stood in solidarity with X" and "showed solidarity with X" back X as "expressed
solidarity with X" does; a bare "in solidarity with X" after an act is only the act's reason."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows, triples

MONDAY, TUESDAY, WEDNESDAY = date(2024, 6, 17), date(2024, 6, 18), date(2024, 6, 19)


@pytest.mark.parametrize("text, expected", [
    ("Chile showed solidarity with Peru on Tuesday.",
     {("statement", "support", "CHL", "PER", None, TUESDAY)}),
    ("Brazil and Argentina stood in solidarity with Uruguay.",
     {("statement", "support", "BRA", "URY", None, WEDNESDAY),
      ("statement", "support", "ARG", "URY", None, WEDNESDAY)}),
    ("NATO stands in solidarity with Lithuania and Latvia, Mark Rutte said on Monday.",
     {("statement", "support", "NTO", "LTU", None, MONDAY),
      ("statement", "support", "NTO", "LVA", None, MONDAY)}),
])
def test_standing_or_showing_solidarity_backs_whom_it_names(text, expected):
    assert rows(extract(text)) == expected


def test_a_promised_or_denied_show_keeps_its_modality():
    assert triples(extract("Canada said it would stand in solidarity with Ukraine.")) == {
        ("statement", "support", "CAN", "UKR", "planned")}
    assert triples(extract("Chile did not show solidarity with Peru.")) == {
        ("statement", "support", "CHL", "PER", "negated")}


def test_an_act_done_in_solidarity_is_the_act_alone():
    assert rows(extract("Ghana said on Monday it was closing its embassy in Niger in solidarity with Benin.")) == {
        ("relations", "close", "GHA", "NER", "NER", MONDAY)}
