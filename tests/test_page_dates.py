"""A page's own date line in the shapes sites print it: "2021/03/08 10:00" in a byline bar,
"Date of issue : 08-03-2021", and a bare date beside a reading-time line under a standfirst."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.extract.pipeline import extract_events
from dashboard.sources import make_article
from dashboard.stamped_dates import published_in_text


def _events(article):
    return [(e.event_type, e.actor_country, e.target_country, e.date_start)
            for e in extract_events(article.text, article.published)]


@pytest.mark.parametrize(("page", "day"), [
    ("Site name\n| 2021/03/08 10:00\nChile recalls envoy\n\nChile recalled its envoy.", date(2021, 3, 8)),
    ("Press Office\nDate of issue : 08-03-2021\n\nThe minister left for Lima.", date(2021, 3, 8)),
    ("Chile recalls envoy\nThe government acted after weeks of tension.\n4 min read\n8 March, 2021\n"
     "Chile recalled its envoy on Monday.", date(2021, 3, 8)),
    ("Chile recalls envoy\nThe government acted after weeks of tension.\n8 March 2021 | 3 min read\n"
     "Chile recalled its envoy on Monday.", date(2021, 3, 8)),
])
def test_a_date_line_the_site_prints_is_the_publication_day(page, day):
    assert published_in_text(page) == day


def test_a_lone_date_after_a_story_line_is_still_history():
    page = ("Chile recalls envoy\nThe government acted after weeks of tension.\nIt was not the first row.\n"
            "Background\n8 March, 2019\n"
            "Chile recalled its envoy on Monday.")
    assert published_in_text(page) is None


def test_a_page_dated_by_its_byline_bar_dates_its_weekday_events():
    page = ("Site name\n| 2021/03/10 09:00\nChile recalls envoy\n\n"
            "Chile recalled its ambassador from Peru on Monday.")
    article = make_article(page)
    assert article.published == date(2021, 3, 10)
    assert _events(article) == [("relations", "CHL", "PER", date(2021, 3, 8))]


_MENUS = "\n\n".join(["Home", "World", "Europe", "Asia", "Americas", "Business", "Sports", "Weather", "Video",
                      "Audio on demand", "News quiz", "Email services", "Desktop headlines", "Search",
                      "Site map", "Help"])


def test_a_date_line_below_long_menus_is_still_the_pages_own():
    page = f"{_MENUS}\n\nChile recalls envoy\n\nMarch 10, 2021\nWeb posted at: 10:18 p.m. EST\n\nChile recalled its ambassador from Peru on Monday."
    article = make_article(page)
    assert article.published == date(2021, 3, 10)
    assert _events(article) == [("relations", "CHL", "PER", date(2021, 3, 8))]


def test_a_date_line_below_menus_and_a_story_line_is_history():
    page = f"{_MENUS}\n\nChile recalls envoy\n\nThe government acted after weeks of tension.\n\nMarch 10, 2019\n\nChile recalled its envoy."
    assert published_in_text(page) is None
