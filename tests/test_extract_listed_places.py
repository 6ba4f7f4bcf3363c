"""Troops sent to a list of countries are placed in each one, not all in the first named."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.extract.pipeline import extract_events


def _deployments(text):
    return sorted((e.event_type, e.event_mode, e.actor_country, e.target_country, e.place_country)
                  for e in extract_events(text, date(2022, 5, 4)) if e.event_mode == "deployment")


@pytest.mark.parametrize("text", [
    "Russia stationed troops in Armenia, Tajikistan and Kyrgyzstan.",
    "Russia has deployed battalions in Armenia, Tajikistan and Kyrgyzstan.",
])
def test_each_listed_country_is_its_own_deployment_place(text):
    assert _deployments(text) == [("military", "deployment", "RUS", code, code) for code in ("ARM", "KGZ", "TJK")]


def test_a_place_that_is_no_target_still_places_every_deployment():
    assert _deployments("Russia deployed troops in Kaliningrad near Poland and Lithuania.") == [
        ("military", "deployment", "RUS", "LTU", "RUS"), ("military", "deployment", "RUS", "POL", "RUS")]
