"""The day a news story tells. A report filed on Tuesday whose lede says "on Monday" goes on
telling Monday: its undated quotes and reactions belong to that day, not to the day the report
came out."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final

from dashboard.extract.dates import SentenceDates
from dashboard.extract.model import ExtractedEvent

# How far before publication the lede's day may lie and still be the news the report carries.
_NEWS_DAYS: Final = timedelta(days=3)


def story_day(events: list[ExtractedEvent], text: str, published: date | None,
              lede_dates: list[SentenceDates]) -> date | None:
    """The day of the first event the lede (the first paragraph) dates itself, when that day is
    one to three days before publication and the lede dates nothing to the publication day
    ("arrived on Sunday ... held talks on Monday": a story of Monday). A lede that dates no
    event may still tell the day in words no rule reads as an event ("On Friday, the four
    leaders sat around one table"): then its first day stands."""
    if published is None:
        return None
    lede_end = text.find("\n\n")
    lede_end = len(text) if lede_end < 0 else lede_end
    told = [event for event in events if event.date_basis in ("stated", "relative") and event.date_start is not None
            and event.evidence and event.evidence[0].char_start < lede_end]
    if any(event.date_start == published for event in told):
        return None
    dated = sorted((event.evidence[0].char_start, event.date_start) for event in told
                   if event.date_precision == "day" and event.modality != "negated")
    if dated:
        day = dated[0][1]
    else:
        days = [mention.span.start for dates in lede_dates for mention in dates.past
                if mention.span.precision == "day"]
        if not days or published in days:
            return None
        day = days[0]
    return day if day is not None and published - _NEWS_DAYS <= day < published else None


def with_story_day(events: list[ExtractedEvent], text: str, published: date | None,
                   lede_dates: list[SentenceDates]) -> None:
    """Date the events dated only by publication on the story's day, when the lede gives one."""
    day = story_day(events, text, published, lede_dates)
    if day is None:
        return
    for event in events:
        if event.date_basis == "published" and event.date_precision == "day":
            event.date_start = event.date_end = day
            event.date_basis = "relative"
