"""Troops holding another state's land, told with "occupied", from short sentences written for
these tests: "Ruritanian troops occupied part of X" is a deployment there, read through a share
("30 percent of", "parts of") to the country; a state with no troops named, or an occupied
building, is none of it."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows

DAY = date(2024, 6, 19)


def _military(text: str) -> set[tuple]:
    return rows(extract(text), "modality", event_type="military")


@pytest.mark.parametrize("text, expected", [
    ("Turkish armed forces have occupied 30 percent of Cyprus since 1974.",
     {("military", "deployment", "TUR", "CYP", "CYP", date(1974, 1, 1), "asserted")}),
    ("Ethiopian troops occupied parts of Eritrea in 2000.",
     {("military", "deployment", "ETH", "ERI", "ERI", date(2000, 1, 1), "asserted")}),
    ("Turkish Armed Forces have occupied 30% of Cyprus including the north.",
     {("military", "deployment", "TUR", "CYP", "CYP", DAY, "asserted")}),
])
def test_forces_occupying_a_country(text, expected):
    assert _military(text) == expected


@pytest.mark.parametrize("text", [
    "Protesters occupied the embassy of France in Tehran.",
    "Refugees fled the occupied areas of Ukraine.",
    "Ethiopia occupied parts of Eritrea in 2000.",
])
def test_no_forces_no_occupation(text):
    assert _military(text) == set()
