"""Page dates the top of a page gives in less usual layouts: a print edition's page number, a
bullet, a lost space, a stray space before the comma, a label over stacked lines, a wire
dateline with its year; and dates that are not the page's: a masthead's founding day and a
site's live clock above the story's own date."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.extract.pipeline import extract_events
from dashboard.sources import make_article
from dashboard.stamped_dates import published_in_text


@pytest.mark.parametrize(("page", "day"), [
    ("Chile recalls envoy\n\nBy Ana Ruiz\nStaff Writer\nTuesday, March 9, 2021; Page A12\n\n"
     "Chile recalled its envoy to Peru yesterday.", date(2021, 3, 9)),
    ("Home > World\n\nChile recalls envoy\n\n  \u2022 Desk\n  \u2022 Mar 9th, 2021\n"
     "Chile recalled its envoy to Peru on Monday.", date(2021, 3, 9)),
    ("Envoy recalled\nWNC NewsMarch 9, 2021\nChile recalled its envoy to Peru on Monday.", date(2021, 3, 9)),
    ("Go home\n\nChile recalls envoy\n\nMarch 9 , 2021 (CNS)\u2014Chile recalled its envoy to Peru on Monday.",
     date(2021, 3, 9)),
    ("SHARE\n\nPosted On\n\n9\nMarch\n2021\n\nChile recalls envoy\n\nChile recalled its envoy to Peru.",
     date(2021, 3, 9)),
    ("Record 12\n\nDate(s)\n\n  \u2022 2021-03-09 (Creation)\n\nLevel\n\nChile recalled its envoy to Peru.",
     date(2021, 3, 9)),
    ("Chile recalls envoy\n\nLIMA, 9 March 2021 (Wire) - Chile recalled its envoy to Peru on Monday.",
     date(2021, 3, 9)),
    ("Chile recalls envoy\n\nSANTIAGO, March 9, 2021. (Wire Service) - Chile recalled its envoy.",
     date(2021, 3, 9)),
])
def test_the_pages_own_day_in_less_usual_layouts(page, day):
    assert published_in_text(page) == day


@pytest.mark.parametrize("page", [
    "The Daily Herald\nSince 1st May, 1998\nEmail This Page\nChile recalls envoy\n\nChile recalled its envoy.",
    "The Daily Herald\nEstablished 1 May 1998\n\nChile recalls envoy\n\nChile recalled its envoy.",
    "Chile recalls envoy\n\nIn LIMA, 9 March 2021 the talks ended (on a high) - and the envoy left.",
])
def test_a_founding_day_or_a_story_line_is_no_page_date(page):
    assert published_in_text(page) is None


def test_a_live_clock_above_the_stories_own_date_is_not_the_page_date():
    page = ("Friday, 12 July 2024, 09:15:42 am\n\nChile recalls envoy to Peru\nMarch 09, 2021\n\n"
            "Chile recalled its envoy to Peru on Monday.")
    assert published_in_text(page) == date(2021, 3, 9)


def test_a_later_date_under_a_stamp_does_not_replace_it():
    page = ("Tuesday, 9 March 2021, 10:15 am\n\nChile recalls envoy to Peru\nMarch 12, 2021\n\n"
            "Chile recalled its envoy to Peru on Monday.")
    assert published_in_text(page) == date(2021, 3, 9)


def test_a_page_dated_under_a_live_clock_dates_its_events_by_its_own_day():
    article = make_article(text=("Friday, 12 July 2024, 09:15:42 am\n\nChile recalls envoy to Peru\nMarch 09, 2021\n\n"
                                 "Chile recalled its ambassador to Peru on Monday."))
    events = [(e.event_type, e.event_mode, e.actor_country, e.target_country, e.date_start)
              for e in extract_events(article.text, article.published)]
    assert ("relations", "recall", "CHL", "PER", date(2021, 3, 8)) in events
