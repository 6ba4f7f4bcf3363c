"""A mention dated "earlier this month" or "earlier this year" tells an act before the news of
the day: "Moscow expelled a diplomat earlier this month" is not the expulsion reported today."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final

from dashboard.extract.dates import month_end
from dashboard.extract.model import ExtractedEvent

# How close to the day of writing a day-dated act is news of the day ("on Monday", "today").
_NEWS_DAYS: Final = 3


def _cut_short(event: ExtractedEvent) -> date | None:
    """The day of writing, when the event's month or year ends there ("earlier this month"):
    the span starts with its period but stops short of the period's own end."""
    start, end = event.date_start, event.date_end
    if start is None or end is None or event.date_basis != "relative":
        return None
    if event.date_precision == "month":
        whole = start.day == 1 and end != month_end(start.year, start.month)
    elif event.date_precision == "year":
        whole = (start.month, start.day) == (1, 1) and end != date(start.year, 12, 31)
    else:
        return None
    return end if whole and end >= start else None


def earlier_than_news(coarse: ExtractedEvent, day_event: ExtractedEvent) -> bool:
    """Whether ``coarse`` is dated "earlier this month/year" and ``day_event`` is an act of the
    last few days before the writing that ends that span: two acts, not one told twice."""
    if day_event.event_type == "statement" or day_event.date_precision != "day" or day_event.date_start is None:
        return False  # what was said earlier this month is often said again today
    written = _cut_short(coarse)
    return written is not None and day_event.date_start >= written - timedelta(days=_NEWS_DAYS)
