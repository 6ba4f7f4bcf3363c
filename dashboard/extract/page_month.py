"""A page with no publication date whose address holds the month it was written in
("/2009/07/", "/2008/july/"): its text counts "today", "on Monday" and "July 6" from the
month's last day, and the events it dates so, or not at all, are of that month, not of a day."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final

from dashboard.extract.model import ExtractedEvent

# "today", "yesterday", "on Monday" counted from the month's last day land in its last week.
_COUNTED_BACK: Final = timedelta(days=6)


def in_month(events: list[ExtractedEvent], month: date, last: date) -> None:
    """Give the events dated by the stand-in day (``last``, the month's last day) or by a day
    counted back from it the month (from ``month``, its first day), at month precision."""
    for event in events:
        if event.date_start is None or event.date_precision != "day":
            continue
        counted = event.date_basis == "relative" and last - _COUNTED_BACK <= event.date_start <= last
        if event.date_basis == "published" or counted:
            event.date_start, event.date_end, event.date_precision = month, last, "month"
