"""Forces a state keeps abroad, told with a verb of having, from short sentences written for these
tests: "has 900 soldiers in Chad" is a deployment there, "has no troops in" a denied one; "has
sent", "has many friends" or troops with no country after them are none of it."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows

DAY = date(2024, 6, 19)


def _military(text: str) -> set[tuple]:
    return rows(extract(text), "modality", event_type="military")


@pytest.mark.parametrize("text, expected", [
    ("Portugal has about 900 soldiers in Chad as part of a regional force.",
     {("military", "deployment", "PRT", "TCD", "TCD", DAY, "asserted")}),
    ("Canada keeps some 2,000 troops inside Latvia.",
     {("military", "deployment", "CAN", "LVA", "LVA", DAY, "asserted")}),
    ("Spain has no troops in Mali.",
     {("military", "deployment", "ESP", "MLI", "MLI", DAY, "negated")}),
    ("In Chad, Portugal has about 900 soldiers as part of a regional force.",
     {("military", "deployment", "PRT", None, "TCD", DAY, "asserted")}),
])
def test_forces_kept_in_a_country(text, expected):
    assert _military(text) == expected


@pytest.mark.parametrize("text", [
    "Portugal has many friends in Chad.",
    "In Chad, Portugal has many friends.",
    "Canada has troops ready to help.",
    "Spain has soldiers of its own.",
])
def test_no_forces_kept(text):
    assert _military(text) == set()


def test_forces_sent_stay_one_deployment():
    assert _military("Portugal has sent troops to Chad.") == {
        ("military", "deployment", "PRT", "TCD", "TCD", DAY, "asserted")}


def test_troops_kept_in_a_reported_clause_are_the_clause_event():
    assert _military("Putin reaffirmed that Russia would keep its troops in Syria.") == {
        ("military", "deployment", "RUS", "SYR", "SYR", DAY, "planned")}
