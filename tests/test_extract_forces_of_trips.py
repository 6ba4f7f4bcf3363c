"""A trip noun whose "of" phrase names forces is a deployment (forces.py forces_of_trip)."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Seoul welcomed the upcoming visit of a U.S. nuclear ballistic missile submarine to South Korea.",
     {("military", "deployment", "USA", "KOR", "planned")}),
    ("The arrival of two Russian warships in Havana drew attention.",
     {("military", "deployment", "RUS", "CUB", "asserted")}),
])
def test_forces_on_a_trip_are_deployed(sentence, expected):
    found = triples(extract(sentence))
    assert {t for t in found if t[0] == "military"} == expected
    assert not {t for t in found if t[0] == "visit"}


@pytest.mark.parametrize("sentence", [
    "The visit of the Chinese president to Russia was planned.",
    "The visit of senior Chinese officers to Russia was planned.",  # officers travel as a delegation
])
def test_people_on_a_trip_make_a_visit(sentence):
    found = triples(extract(sentence))
    assert {t[:4] for t in found if t[0] in ("visit", "military")} == {("visit", "unspecified", "CHN", "RUS")}
