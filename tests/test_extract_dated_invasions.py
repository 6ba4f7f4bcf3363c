"""An invasion or annexation told as a noun is a deployment only when its own phrase dates it."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("sentence", "expected", "start", "precision"), [
    ("Exports slumped after Iraq's 1990 invasion of Kuwait.",
     {("military", "deployment", "IRQ", "KWT", "asserted")}, date(1990, 1, 1), "year"),
    ("Exports slumped after Iraq's invasion of Kuwait in August 1990.",
     {("military", "deployment", "IRQ", "KWT", "asserted")}, date(1990, 8, 1), "month"),
    # A region of a country stands for it.
    ("Few states recognise Moscow's annexation of Crimea in 2014.",
     {("military", "deployment", "RUS", "UKR", "asserted")}, date(2014, 1, 1), "year"),
])
def test_a_dated_invasion_is_a_deployment(sentence, expected, start, precision):
    events = [e for e in extract(sentence) if e.event_type == "military"]
    assert triples(events) == expected
    assert (events[0].date_start, events[0].date_precision, events[0].place_country) == \
        (start, precision, list(expected)[0][3])


@pytest.mark.parametrize("sentence", [
    "Exports slumped after Russia's invasion of Ukraine.",  # no date of its own: background
    "Exports have slumped since the invasion of Ukraine in 2022.",  # no invader named
    "Exports slumped in 2022 after Russia's invasion of Ukraine.",  # the year dates the slump
])
def test_an_undated_or_unowned_invasion_is_no_event(sentence):
    assert not [e for e in extract(sentence) if e.event_type == "military"]


def test_a_dated_invasion_leaves_the_latest_dealings_alone():
    # The aside does not become the pair a later saying aims at.
    text = ("Finland met Sweden in Helsinki on Monday. The talks came after Russia's 1990 invasion of "
            "Kuwait. Finland praised the decision.")
    pairs = {(e.actor_country, e.target_country) for e in extract(text) if e.event_type == "statement"}
    assert ("FIN", "RUS") not in pairs and ("FIN", "KWT") not in pairs
