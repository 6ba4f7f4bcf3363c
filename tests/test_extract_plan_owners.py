"""A plan noun owned by the country named before it: "the U.S. decision to sanction ..." is a
sanction by the United States, as "Washington's decision to sanction ..." is (own wording)."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

CASES = [
    ("Islamabad denounced the U.S. decision to sanction two Pakistani shipping firms.",
     {("statement", "criticism", "PAK", "USA", "asserted"),
      ("sanction", "impose", "USA", "PAK", "asserted")}),
    ("Moscow protested against an EU move to blacklist Russian insurers.",
     {("statement", "criticism", "RUS", "EUU", "asserted"),
      ("sanction", "impose", "EUU", "RUS", "asserted")}),
    ("Beijing condemned the U.S. decision to sell fighter jets to Taiwan.",
     {("statement", "criticism", "CHN", "USA", "asserted"),
      ("military", "arms_transfer", "USA", "TWN", "asserted")}),
    # The possessive keeps working as before.
    ("Islamabad denounced Washington's decision to sanction two Pakistani shipping firms.",
     {("statement", "criticism", "PAK", "USA", "asserted"),
      ("sanction", "impose", "USA", "PAK", "asserted")}),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_plan_owned_by_the_country_before_it(sentence, expected):
    assert triples(extract(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "its" or "their" plan right after a verb of telling: the teller's own plan.
    ("Peru announced its decision to break off diplomatic ties with Bolivia.",
     {("relations", "break", "PER", "BOL", "asserted")}),
    ("Chile confirmed its decision to expel two Peruvian diplomats.",
     {("relations", "expel", "CHL", "PER", "asserted")}),
])
def test_plan_told_by_its_owner(sentence, expected):
    assert {t for t in triples(extract(sentence)) if t[0] != "statement"} == expected

