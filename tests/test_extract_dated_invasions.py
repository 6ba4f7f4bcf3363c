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
    # An invader that launches its invasion, dated right after the noun.
    ("Iraq launched its invasion of Kuwait in August 1990.",
     {("military", "deployment", "IRQ", "KWT", "asserted")}, date(1990, 8, 1), "month"),
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
    "Exports to Kuwait slumped after Iraq's invasion.",  # no date of its own
    "Exports slumped after Iraq's invasion in August 1990.",  # no country to invade
    "Kuwait said Iraq launched an invasion in August 1990.",  # not "its": no possessed invasion
])
def test_an_undated_or_unowned_invasion_is_no_event(sentence):
    assert not [e for e in extract(sentence) if e.event_type == "military"]


def test_a_dated_invasion_leaves_the_latest_dealings_alone():
    # The aside does not become the pair a later saying aims at.
    text = ("Finland met Sweden in Helsinki on Monday. The talks came after Russia's 1990 invasion of "
            "Kuwait. Finland praised the decision.")
    pairs = {(e.actor_country, e.target_country) for e in extract(text) if e.event_type == "statement"}
    assert ("FIN", "RUS") not in pairs and ("FIN", "KWT") not in pairs


@pytest.mark.parametrize(("text", "actor", "target", "start", "precision"), [
    # With no country after "of", the invasion is of the country named last before the invader.
    ("Trade with Baghdad was cut after Iran's invasion in September 1980.",
     "IRN", "IRQ", date(1980, 9, 1), "month"),
    ("Britain armed Kuwait in 1989, a year before Iraq launched its invasion on 2 August 1990.",
     "IRQ", "KWT", date(1990, 8, 2), "day"),
    # A person is no invaded country; a date after "since" still dates the invasion, not the visit.
    ("The next day he was in Kuwait City, his first trip there since Iraq's invasion in August 1990.",
     "IRQ", "KWT", date(1990, 8, 1), "month"),
])
def test_an_invasion_of_no_named_country_invades_the_country_named_before(text, actor, target, start, precision):
    events = [e for e in extract(text) if e.event_type == "military" and e.event_mode == "deployment"]
    assert [(e.actor_country, e.target_country, e.place_country, e.date_start, e.date_precision, e.modality)
            for e in events] == [(actor, target, target, start, precision, "asserted")]
