"""A statement told as ", accusing ..." or ", complaining that ..." after a clause is made by that
clause's subject, not by the person the clause acted on (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows


def _statements(text: str) -> set[tuple]:
    return rows(extract(text), "modality", event_type="statement")


@pytest.mark.parametrize("text, expected", [
    ("Chile sanctioned a former Bolivian president on Monday, accusing him of smuggling.",
     {("statement", "accusation", "CHL", "BOL", None, date(2024, 6, 17), "asserted")}),
    ("Chile imposed sanctions on Monday on Bolivia's former interior minister and two generals, "
     "accusing them of smuggling.",
     {("statement", "accusation", "CHL", "BOL", None, date(2024, 6, 17), "asserted")}),
    ("Boric pushed Morales out of the talks last week, complaining that the Bolivian leader had lied.",
     {("statement", "criticism", "CHL", "BOL", None, date(2024, 6, 10), "asserted")}),
])
def test_the_participle_speaks_for_the_main_subject(text, expected):
    assert _statements(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Chile expelled Bolivia's ambassador on Monday, accusing Bolivia of meddling.",
     {("statement", "accusation", "CHL", "BOL", None, date(2024, 6, 17), "asserted")}),
    ("Bolivia's president met Boric on Monday, saying the two countries must talk.",
     {("statement", "comment", "BOL", "CHL", None, date(2024, 6, 17), "asserted")}),
])
def test_participles_already_read_right_stay(text, expected):
    assert _statements(text) == expected
