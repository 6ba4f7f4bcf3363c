"""Exact events out of short texts written for these tests: a gathering a country hosts, told
with no guest named, is one meeting of the host aimed at no single side, in the host's country
(nowhere when held online); a conference is a meeting only when a country hosts it."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.extract.pipeline import extract_events
from dashboard.extract.target_needs import SEVERAL

_PUBLISHED = date(2024, 3, 4)


def _meetings(text: str) -> set[tuple]:
    """(actor country, target country, place country, date, precision, modality, target basis)."""
    return {(e.actor_country, e.target_country, e.place_country, e.date_start, e.date_precision, e.modality,
             e.target_basis) for e in extract_events(text, _PUBLISHED) if e.event_type == "meeting"}


@pytest.mark.parametrize("text, expected", [
    # A conference the host will hold in its capital.
    ("Spain said on Monday that Spain would host a conference on ocean pollution in Madrid on 12 May.",
     {("ESP", None, "ESP", date(2024, 5, 12), "day", "planned", SEVERAL)}),
    # A summit in a relative clause, its subject the host; no place named: the host's country.
    ("Lula spoke of the Brazil-Africa summit that Brazil hosted in January.",
     {("BRA", None, "BRA", date(2024, 1, 1), "month", "asserted", SEVERAL)}),
    # Hosted online: held nowhere.
    ("Chile hosted a virtual summit on lithium on Friday.",
     {("CHL", None, None, date(2024, 3, 1), "day", "asserted", SEVERAL)}),
])
def test_a_gathering_hosted_with_no_guest_named(text, expected):
    assert _meetings(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Attending a conference, or a conference with no host, makes no meeting.
    ("Spain attended a conference on ocean pollution in Madrid on Monday.", set()),
    ("A conference on ocean pollution opened in Madrid on Monday.", set()),
    # A summit told hosted in the passive names its host only in passing.
    ("The summit, hosted by Kenya, drew leaders from across the continent on Monday.", set()),
    # Only thought of: no event.
    ("Ghana could host a summit on cocoa next year, the minister said.", set()),
    # An offer to host is its maker's, and only offered: not the subject's meeting.
    ("Peru turned down a Chilean offer to host a summit on fisheries.", set()),
])
def test_no_hosted_gathering_without_an_active_host(text, expected):
    assert _meetings(text) == expected


def test_a_hosted_summit_with_its_guests_named_is_talks_with_each():
    text = ("Chile hosted a summit on lithium in Santiago on Friday. "
            "The summit was attended by the presidents of Bolivia and Argentina.")
    assert {(m[0], m[1]) for m in _meetings(text)} == {("CHL", "BOL"), ("CHL", "ARG")}


def test_a_plan_told_inside_the_relative_clause_is_planned():
    # "will host" after the noun: the clause's own cue, so June is ahead, not last June.
    assert _meetings("Lula spoke of the Brazil-Africa summit that Brazil will host in June.") == {
        ("BRA", None, "BRA", date(2024, 6, 1), "month", "planned", SEVERAL)}
