"""Embassies closed, told without the closer as a finite verb's subject, from short sentences
written for these tests: the passive, a noun told in passing, and a participle that announces
the closure. Passing closures and closures only asked for are no event."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows


def _closures(text: str) -> set[tuple]:
    return {row for row in rows(extract(text), "modality", event_type="relations") if row[1] == "close"}


@pytest.mark.parametrize("text, expected", [
    ("The Chilean embassy in Lima was closed in February.",
     {("relations", "close", "CHL", "PER", "PER", date(2024, 2, 1), "asserted")}),
    ("Ties soured further after the closure of the Chilean embassy in Lima in March.",
     {("relations", "close", "CHL", "PER", "PER", date(2024, 3, 1), "asserted")}),
    ("The Bolivian government went further, announcing the closure of its embassy in Quito.",
     {("relations", "close", "BOL", "ECU", "ECU", date(2024, 6, 19), "asserted")}),
    ("In May Peru went further, ordering the Chilean envoy to leave within two days and announcing the closure "
     "of Chile's consulates in Arica and Tacna.",
     {("relations", "close", "PER", "CHL", "CHL", date(2024, 5, 1), "asserted")}),
])
def test_a_closure_without_a_closing_subject_is_read(text, expected):
    assert _closures(text) == expected


@pytest.mark.parametrize("text", [
    "The Chilean embassy in Lima was closed to the public on Monday because of protests.",
    "The Chilean embassy in Lima was temporarily closed on Monday.",
    "Chilean lawmakers called for the closure of the Peruvian embassy in Santiago.",
])
def test_passing_or_asked_closures_are_no_event(text):
    assert _closures(text) == set()

