"""A meeting told only as a point in time implies no trips (own wording)."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.extract.reference_points import named_as_reference
from tests.conftest import extract, triples

_DAY = date(2024, 5, 10)


@pytest.mark.parametrize("text", [
    "It was the first summit of the two leaders since Ruto met Lula in Lisbon in 2022.",
    "Relations have been calm since Ruto and Lula held talks in Lisbon in 2022.",
    "The trip is the first concrete follow-up to the meeting between Ruto and Lula in Lisbon last May.",
])
def test_a_meeting_that_only_dates_something_else_is_a_meeting_without_trips(text):
    assert triples(extract(text, _DAY)) == {("meeting", "talks", "KEN", "BRA", "asserted")}


@pytest.mark.parametrize("text", [
    "Ruto met Lula in Lisbon in 2022.",
    "Ruto has since met Lula in Lisbon.",  # "since" as an adverb: the meeting is the news
    "Since then, Ruto met Lula in Lisbon.",  # the time phrase ends before the meeting
])
def test_a_meeting_told_for_itself_still_implies_the_trips(text):
    assert triples(extract(text, _DAY)) == {
        ("meeting", "talks", "KEN", "BRA", "asserted"),
        ("visit", "unspecified", "KEN", "PRT", "asserted"), ("visit", "unspecified", "BRA", "PRT", "asserted")}


def test_the_reference_is_looked_for_in_the_triggers_own_clause():
    assert named_as_reference("Calm has held since they met in Lisbon.", "met")
    assert not named_as_reference("Calm has held since May, and they met in Lisbon.", "met")
    assert not named_as_reference("They met in Lisbon.", "")
