"""An earlier trip told by comparison, from short sentences written for these tests: "the first
visit by a French president since Francois Hollande in 2012" tells of Hollande's visit in 2012,
"since Spain's Pedro Sanchez went there in May 2021" of Sanchez's visit that month."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract


def _rows(events) -> set[tuple]:
    return {(e.event_type, e.event_mode, e.actor, e.actor_country, e.target_country, e.place_country,
             str(e.date_start), e.date_precision, e.modality) for e in events}


@pytest.mark.parametrize("text, expected", [
    ("Macron landed in Algiers on Monday, the first French president to visit Algeria since "
     "Francois Hollande in 2012.",
     {("visit", "unspecified", "Emmanuel Macron", "FRA", "DZA", "DZA", "2024-06-17", "day", "asserted"),
      ("visit", "unspecified", "François Hollande", "FRA", "DZA", "DZA", "2012-01-01", "year", "asserted")}),
    ("Kishida made the first visit to Cairo by an Asian leader since China's Xi Jinping went there "
     "in January 2016.",
     {("visit", "unspecified", "Fumio Kishida", "JPN", "EGY", "EGY", "2024-06-19", "day", "asserted"),
      ("visit", "unspecified", "Xi Jinping", "CHN", "EGY", "EGY", "2016-01-01", "month", "asserted")}),
    ("Rutte flew to Jakarta on Monday, the first Dutch premier to visit Indonesia since then-Premier "
     "Mark Dekker did so in 2013.",
     {("visit", "unspecified", "Mark Rutte", "NLD", "IDN", "IDN", "2024-06-17", "day", "asserted"),
      ("visit", "unspecified", "Premier Mark Dekker", "NLD", "IDN", "IDN", "2013-01-01", "year", "asserted")}),
])
def test_the_one_named_after_since_made_the_earlier_trip(text, expected):
    assert _rows(extract(text, date(2024, 6, 19))) == expected


def test_a_maker_the_text_gives_no_country_keeps_the_travellers_own():
    events = extract("Scholz flew to Hanoi on Tuesday, the first German chancellor to visit Vietnam since "
                     "Gerhard Fellmann in 2011.", date(2024, 6, 19))
    assert {(e.actor, e.actor_country, e.target_country, str(e.date_start)) for e in events
            if e.event_type == "visit"} == {("Olaf Scholz", "DEU", "VNM", "2024-06-18"),
                                            ("Gerhard Fellmann", "DEU", "VNM", "2011-01-01")}


@pytest.mark.parametrize("text", [
    # "first" stands before "visit": the talks presuppose no earlier talks
    "Scholz's talks with Putin were the first visit to Moscow by a German leader since Italy's "
    "Mario Draghi went there in March 2021.",
])
def test_first_before_another_kind_presupposes_only_that_kind(text):
    events = extract(text, date(2024, 6, 19))
    assert not {e for e in events if e.event_type == "meeting" and e.date_precision != "day"}
    assert ("visit", "ITA", "RUS", "2021-03-01") in {
        (e.event_type, e.actor_country, e.target_country, str(e.date_start)) for e in events}


@pytest.mark.parametrize("text", [
    "Macron made his first visit to Algeria since the unrest in 2012.",  # no one named
    "Macron made his first visit to Algeria since Algeria's independence in 1962.",  # no maker
])
def test_no_maker_without_a_named_person(text):
    events = extract(text, date(2024, 6, 19))
    assert all(e.actor_country == "FRA" for e in events if e.event_type == "visit")
