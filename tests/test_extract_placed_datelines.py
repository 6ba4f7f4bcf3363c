"""A release's "Date, Place" line under its title ("March 3, 2015, Ankara") says where the
release was filed, as an "ANKARA, March 3 -" dateline does: talks of the day with the host are
held there, and a visitor named in them has come."""

from __future__ import annotations

from datetime import date

from dashboard.extract.pipeline import extract_events


def _events(text):
    return sorted((e.event_type, e.event_mode, e.actor_country, e.target_country, e.place_country)
                  for e in extract_events(text, date(2015, 3, 3)))


def test_the_place_after_the_day_places_the_talks_of_the_day():
    text = ("Press service\n\nMarch 3, 2015, Ankara\n\n"
            "Vladimir Putin held talks with Turkish President Recep Tayyip Erdogan.")
    assert _events(text) == [("meeting", "talks", "RUS", "TUR", "TUR"), ("visit", "unspecified", "RUS", "TUR", "TUR")]


def test_the_day_may_come_first():
    text = ("Press service\n\n3 March 2015, Ankara\n\n"
            "Vladimir Putin held talks with Turkish President Recep Tayyip Erdogan.")
    assert _events(text) == [("meeting", "talks", "RUS", "TUR", "TUR"), ("visit", "unspecified", "RUS", "TUR", "TUR")]


def test_an_unknown_word_after_the_day_is_no_place():
    text = ("Press service\n\nMarch 3, 2015, Transcript\n\n"
            "Vladimir Putin held talks with Turkish President Recep Tayyip Erdogan.")
    assert _events(text) == [("meeting", "talks", "RUS", "TUR", None)]
