"""Exact events out of short sentences written for these tests: "X invited Y to PLACE" tells Y's
visit to come, with no talks yet; a country invited to join a bloc is no visit."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def _visits_and_meetings(text):
    return {(e.event_type, e.actor_country, e.target_country, e.modality)
            for e in extract(text) if e.event_type in ("visit", "meeting")}


@pytest.mark.parametrize("text, expected", [
    # the guest's trip to the host, planned; the host's talks are not told yet
    ("The Chilean president invited Lula to Santiago.",
     {("visit", "BRA", "CHL", "planned")}),
    ("Macron has invited Olaf Scholz to Paris next month.", {("visit", "DEU", "FRA", "planned")}),
    # a state invited to join a bloc makes no visit
    ("The alliance invited Sweden to join.", set()),
])
def test_an_invitation_is_the_guest_s_visit_to_come(text, expected):
    assert _visits_and_meetings(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the guest is who accepts the invitation, the host its owner when no place is named
    ("The Kenyan president accepted Ghana's invitation to visit next year.", {("KEN", "GHA")}),
    ("Lula has accepted an invitation to visit Japan.", {("BRA", "JPN")}),
    # an invitation to join a bloc is an aim, no trip
    ("Ukraine needs an invitation to join the alliance.", set()),
])
def test_an_accepted_invitation_to_visit_is_the_guest_s_trip(text, expected):
    assert {(e.actor_country, e.target_country) for e in extract(text) if e.event_type == "visit"} == expected


@pytest.mark.parametrize("text, expected", [
    # a "visiting" guest with no dateline goes to the one other country the sentence names
    ("Lula told visiting German Chancellor Olaf Scholz at the Planalto palace in Brasilia that trade mattered.",
     {("DEU", "BRA")}),
    ("Kenya's president spoke at a news conference with visiting Ghanaian President Nana Akufo-Addo.",
     {("GHA", "KEN")}),
    # two other countries named: no guess
    ("Kenya's president spoke with visiting Ghanaian President Nana Akufo-Addo about Nigeria.", set()),
])
def test_a_visiting_guest_goes_to_the_sentence_s_other_country(text, expected):
    assert {(e.actor_country, e.target_country) for e in extract(text) if e.event_type == "visit"} == expected
