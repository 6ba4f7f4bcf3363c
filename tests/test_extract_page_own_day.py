"""A page's own day against the site's clock: a top stamp later than a labelled stamp below it,
or a month and more after the day the address holds, is not the day the story went up."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.extract.pipeline import extract_events
from dashboard.sources import make_article
from dashboard.stamped_dates import published_in_text, published_on_page


def events_of(article) -> list[tuple]:
    return [(e.event_type, e.event_mode, e.actor_country, e.target_country, e.date_start)
            for e in extract_events(article.text, article.published)]


@pytest.mark.parametrize(("page", "day"), [
    # the site's date widget first, the story's own "Updated" stamp under the headline
    ("Weather in Lima\nMar 9, 2021-Tuesday\n\nPeru recalls envoy\n\n"
     "world Updated: Jul 14, 2011 09:20 IST\n\nPeru recalled its ambassador.", date(2011, 7, 14)),
    # a site-wide "last update" line above the byline's date
    ("Last update: May 2, 2023 10:05\n\nChile and Peru sign pact\n\nBy Ana Ruiz October 3, 2019\n\n"
     "The two sides signed a pact.", date(2019, 10, 3)),
    # a later labelled stamp naming a later day does not move the first
    ("Published: 3 October 2019 08:00\n\nChile and Peru sign pact\n\nUpdated: 5 October 2019 10:00\n\n"
     "The two sides signed a pact.", date(2019, 10, 3)),
    # a bare date further down is history, never a stamp
    ("Published: 3 October 2019 08:00\n\nChile and Peru sign pact\n\n12 June 1990\n\n"
     "The two sides signed a pact.", date(2019, 10, 3)),
])
def test_the_earliest_labelled_stamp_at_the_top_is_the_page_own_day(page, day):
    assert published_in_text(page) == day


@pytest.mark.parametrize(("page", "url", "day"), [
    # a widget's "today" years after the day in the address: the address's day
    ("Thursday, May 11, 2023\n\nPeru recalls envoy\n\nPeru recalled its ambassador on Monday.",
     "https://news.example.org/2011/07/12/peru-recalls-envoy/", date(2011, 7, 12)),
    # a stamp a few days after the address's day is the story's own (a correction)
    ("Updated: July 15, 2011 10:00\n\nPeru recalls envoy\n\nPeru recalled its ambassador on Monday.",
     "https://news.example.org/2011/07/12/peru-recalls-envoy/", date(2011, 7, 15)),
    # no stamp: the address's day
    ("Peru recalls envoy\n\nPeru recalled its ambassador on Monday.",
     "https://news.example.org/2011/07/12/peru-recalls-envoy/", date(2011, 7, 12)),
    # a stamp and no address
    ("Updated: July 15, 2011 10:00\n\nPeru recalls envoy\n\nPeru recalled its ambassador.", None, date(2011, 7, 15)),
])
def test_a_stamp_far_after_the_address_day_gives_way_to_it(page, url, day):
    assert published_on_page(page, url) == day


def test_weekdays_count_from_the_story_day_not_the_site_clock():
    page = ("Friday, 2 February 2024\n\nPeru recalls envoy\n\n"
            "Peru recalled its ambassador to Chile on Monday.")
    article = make_article(page, url="https://news.example.org/2011/07/13/peru-recalls-envoy/")
    assert article.published == date(2011, 7, 13)
    assert events_of(article) == [("relations", "recall", "PER", "CHL", date(2011, 7, 11))]
