"""Expulsions told in the passive with no "by", from short sentences written for these tests:
the state whose land the diplomats are sent out of expels them, the state whose envoys they are
is the target; "the country" is the latest other state named before them."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows


def _expulsions(text: str) -> set[tuple]:
    return rows(extract(text), "modality", event_type="relations")


@pytest.mark.parametrize("text, expected", [
    ("Eight Hungarian diplomats were expelled from Romania on Monday.",
     {("relations", "expel", "ROU", "HUN", "ROU", date(2024, 6, 17), "asserted")}),
    ("Four diplomats of the Chilean mission were expelled from Bolivia on Tuesday.",
     {("relations", "expel", "BOL", "CHL", "BOL", date(2024, 6, 18), "asserted")}),
    ("Oslo said on Monday that the Belarusian envoy would be asked to leave the country.",
     {("relations", "expel", "NOR", "BLR", "NOR", date(2024, 6, 17), "planned")}),
])
def test_a_passive_expulsion_is_the_host_states(text, expected):
    assert _expulsions(text) == expected


@pytest.mark.parametrize("text", [
    # sent home by their own state, or a place that is no state: no expulsion
    "Non-essential staff of the Canadian embassy in Haiti were ordered to leave the country for their safety.",
    "Twelve Chilean diplomats were ordered to leave Bolivia on Monday.",
    "The visiting delegation was asked to leave the hall.",
])
def test_staff_told_to_go_without_a_host_named_as_expelling_is_no_expulsion(text):
    assert _expulsions(text) == set()
