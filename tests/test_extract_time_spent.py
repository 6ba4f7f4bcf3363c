"""Time spent in a place is a trip there: "spent two days in Lima", "spent the start of the week in
Accra with Akufo-Addo" (own wording)."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("text", [
    "Kenyan President William Ruto spent two days in Lima last week.",
    "Kenyan President William Ruto had already spent several hours in Lima on Monday.",
    "Kenyan President William Ruto spent the start of the week in Lima.",
])
def test_a_short_stay_in_a_foreign_city_is_a_visit(text):
    assert triples(extract(text)) == {("visit", "unspecified", "KEN", "PER", "asserted")}


def test_a_stay_with_a_leader_is_talks_with_him_too():
    text = "Kenyan President William Ruto spent the start of the week in Lima with Peruvian President Dina Boluarte."
    assert triples(extract(text)) == {("visit", "unspecified", "KEN", "PER", "asserted"),
                                      ("meeting", "talks", "KEN", "PER", "asserted")}


@pytest.mark.parametrize("text", [
    "The Kenyan opposition leader spent two years in exile in Lima.",  # a long stay is no visit
    "Kenya spent two million dollars in Lima on the new embassy.",  # money, not time
    "Kenyan President William Ruto spent two days preparing the talks.",  # no place
])
def test_no_short_stay_in_a_place_is_no_visit(text):
    assert not [e for e in extract(text) if e.event_type == "visit"]


def test_flying_somewhere_and_spending_hours_with_a_leader_is_still_talks():
    text = "On Tuesday Ruto flew to Lima and spent some six hours with Peruvian President Dina Boluarte."
    assert ("meeting", "talks", "KEN", "PER", "asserted") in triples(extract(text))
