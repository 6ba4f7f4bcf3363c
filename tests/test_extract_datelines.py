"""Datelines as agencies and the South Asian, Russian and Japanese press print them, the events they
place, and places real reports name with their kind ("the Qatari capital Doha"); short texts
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.extract.pipeline import dateline
from tests.conftest import extract


@pytest.mark.parametrize(("text", "place", "country"), [
    ("MINSK, October 3. /TASS/. Belarus said it would reply.", "Minsk", "BLR"),
    ("HANOI, June 2, 2011. (RIA Novosti) - Vietnam said it would reply.", "Hanoi", "VNM"),
    ("ANKARA (AA) - Turkey said it would reply.", "Ankara", "TUR"),
    ("LAHORE (City Desk / Morning Wire - 3rd May, 2020) Pakistan said it would reply.", "Lahore", "PAK"),
    ("KARACHI, Mar 9 (Point News - 9th Mar, 2019 ) :Pakistan said it would reply.", "Karachi", "PAK"),
    ("TOKYO - Japan said it would reply.", "Tokyo", "JPN"),
    ("Headline\n\nOSAKA, Japan, Nov. 3, Kyodo\n\nJapan said it would reply.", "Osaka", "JPN"),
])
def test_looser_datelines_give_the_place_of_filing(text, place, country):
    unit = dateline(text)
    assert unit is not None and (unit.text, unit.place_country) == (place, country)


@pytest.mark.parametrize("text", [
    "NATO (the alliance) - said it would meet.",
    "NEWS - the alliance said it would meet.",
    "UPDATE, June 3, Wire\n\nThe alliance said it would meet.",
])
def test_looser_shapes_need_a_place(text):
    assert dateline(text) is None


def test_a_dateline_on_its_own_line_places_the_lede_below_it():
    text = ("OSAKA, Japan, Nov. 3, Kyodo\n\nThe foreign ministers of Peru and Chile held talks on Friday.\n\n"
            "They will meet again in spring.")
    talks = [e for e in extract(text, date(2023, 11, 3)) if e.event_type == "meeting" and e.modality == "asserted"]
    assert [(e.actor_country, e.target_country, e.place_country) for e in talks] == [("PER", "CHL", "JPN")]


@pytest.mark.parametrize("sentence, place", [
    ("Peruvian President Dina Boluarte met Chilean President Gabriel Boric in the German city of Bonn on Wednesday.",
     "DEU"),
    ("Peruvian President Dina Boluarte met Chilean President Gabriel Boric in the Bolivian capital La Paz on Monday.",
     "BOL"),
    ("Peruvian President Dina Boluarte met Chilean President Gabriel Boric in the small city of Bonn.", "DEU"),
])
def test_a_place_named_with_its_kind_and_country_is_where_talks_are(sentence, place):
    talks = [e for e in extract(sentence) if e.event_type == "meeting"]
    assert [(e.actor_country, e.target_country, e.place_country) for e in talks] == [("PER", "CHL", place)]


def test_an_arrival_with_no_place_named_is_to_where_the_report_was_filed():
    text = ("LIMA, May 19 - Andean leaders opened their summit on Friday.\n\n"
            "Chilean President Gabriel Boric, who arrived on Friday morning, urged Bolivia to reopen the border.")
    visits = [e for e in extract(text, date(2023, 5, 19)) if e.event_type == "visit"]
    assert [(e.actor_country, e.target_country, str(e.date_start)) for e in visits] == [("CHL", "PER", "2023-05-19")]
