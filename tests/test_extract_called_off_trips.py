"""Exact events out of short texts written for these tests: an earlier plan of the story's trip
called off ("The trip had been set for February but was postponed") is a negated visit of its
own, by the same visitor to the same host, dated to the month it was planned for."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows

TRIP = "Chilean President Gabriel Boric arrived in Lima on Monday for a two-day visit. "
MADE = ("visit", "unspecified", "CHL", "PER", "PER", date(2024, 6, 17), "asserted")


@pytest.mark.parametrize("text, called_off", [
    # the month the plan was for, named in the sentence
    (TRIP + "The trip had first been set for February but was postponed when floods hit Chile.",
     ("visit", "unspecified", "CHL", "PER", "PER", date(2024, 2, 1), "negated")),
    # "put it off": the pronoun stands for the trip the sentence names first
    (TRIP + "His trip had been planned for April, but he put it off after a cabinet crisis.",
     ("visit", "unspecified", "CHL", "PER", "PER", date(2024, 4, 1), "negated")),
    # a month still to come this year was last year's
    (TRIP + "Boric had been due to travel in September, but the visit was delayed.",
     ("visit", "unspecified", "CHL", "PER", "PER", date(2023, 9, 1), "negated")),
    # "later that month": the month the sentence before named
    ("Chilean President Gabriel Boric arrived in Lima on Monday for a two-day visit. Their ministers "
     "met in Santiago in March. Boric was due to go later that month, but the trip was cancelled.",
     ("visit", "unspecified", "CHL", "PER", "PER", date(2024, 3, 1), "negated")),
    # no month told: undated
    (TRIP + "Her trip had been planned before, but it was cancelled.",
     ("visit", "unspecified", "CHL", "PER", "PER", None, "negated")),
])
def test_an_earlier_plan_called_off_is_a_negated_visit(text, called_off):
    assert rows(extract(text), "modality", event_type="visit") == {MADE, called_off}


@pytest.mark.parametrize("text", [
    # the trip mentioned again, nothing called off
    TRIP + "The visit was the first by a Chilean leader in a decade.",
    # something else postponed
    TRIP + "Peru postponed a vote on the trade pact.",
    # a trip with its own destination is read by the ordinary rules
    TRIP + "The visit to Bolivia planned for May was also postponed.",
    # no plan told: a trip called off before may be another trip
    TRIP + "Her trip was cancelled once before.",
    # the story's trip is history, not the news of the day: no plan of it to call off
    "Chilean President Gabriel Boric visited Lima in 2019. The trip was postponed twice.",
])
def test_no_called_off_plan_without_the_story_trip(text):
    assert not any(e.modality == "negated" and e.event_type == "visit"
                   and e.target_country == "PER" for e in extract(text))
