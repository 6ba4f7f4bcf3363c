"""A page with no publication date whose address holds only the month it was written in."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.article_events import article_events
from dashboard.sources import make_article
from dashboard.stamped_dates import month_in_url


@pytest.mark.parametrize(("url", "month"), [
    ("https://example.com/world/2009/07/", date(2009, 7, 1)),
    ("https://example.com/press/news/2008/july/article6421/", date(2008, 7, 1)),
    ("https://example.com/a/2014/dec", date(2014, 12, 1)),
    ("https://example.com/2019/10-things-to-know/", None),  # a number must close its folder
    ("https://example.com/2019/news/story", None),
    ("http://example.com/news/politics/183004.html", None),
    (None, None),
])
def test_an_address_gives_the_month_of_the_page(url, month):
    assert month_in_url(url) == month


def _dated(text: str, url: str) -> set[tuple]:
    article = make_article(text, title="Ministers meet", url=url)
    assert article.published is None
    return {(e.event_type, e.actor_country, e.target_country, str(e.date_start), e.date_precision)
            for e in article_events(article)}


def test_a_day_without_its_year_takes_the_year_of_the_address():
    text = "The Kenyan president arrived in Kampala on July 6 for talks with his Ugandan counterpart."
    assert ("visit", "KEN", "UGA", "2009-07-06", "day") in _dated(text, "https://example.com/news/2009/07/")


def test_today_on_an_undated_page_is_the_month_of_the_address():
    text = "The Kenyan foreign minister met the Ugandan president in Kampala today."
    assert ("meeting", "KEN", "UGA", "2008-07-01", "month") in _dated(text, "https://example.com/news/2008/july/a1/")


def test_a_day_of_history_does_not_stand_in_for_the_month_of_the_address():
    # the latest day stated is years before the page was written
    text = ("Kenya and Uganda signed a pipeline agreement on May 12, 2003.\n\n"
            "The Kenyan foreign minister met the Ugandan president in Kampala today.")
    events = _dated(text, "https://example.com/news/2008/july/a1/")
    assert ("agreement", "KEN", "UGA", "2003-05-12", "day") in events
    assert ("meeting", "KEN", "UGA", "2008-07-01", "month") in events


def test_an_undated_page_without_a_month_in_its_address_is_unchanged():
    text = "The Kenyan foreign minister met the Ugandan president in Kampala."
    assert ("meeting", "KEN", "UGA", "None", "unknown") in _dated(text, "https://example.com/news/a1/")
