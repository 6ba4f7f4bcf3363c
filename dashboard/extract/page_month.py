"""A page with no publication date whose address holds the month it was written in
("/2009/07/", "/2008/july/"): its text counts "today", "on Monday" and "July 6" from the
month's last day, and the events it dates so, or not at all, are of that month, not of a day."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from dashboard.extract.dates import MONTHS
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



# A wire dateline naming its day without the year, at a line's start: "Islamabad, May 17, IRNA",
# "PARIS, Sept. 18 (Wire) -", "Lagos, Feb. 11 (Reuters): ...".
_DATELINE_DAY: Final = re.compile(r"^[ \t]*[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2}, ([A-Z][a-z]{2,8})\.? (\d{1,2})"
                                  r"(?:,[ \t]*[A-Z][A-Za-z]{1,20}[ \t]*$|[ \t]*\([^()\n]{2,40}\)[ \t]*[-:\u2013\u2014]"
                                  r"|[ \t]*[-\u2013\u2014])", re.MULTILINE)
_DATELINE_SPAN: Final = 1500


def dateline_day_in(text: str, month: date) -> date | None:
    """The day the first yearless dateline of ``text`` names, when it falls in ``month`` (the
    address's): the address gives its year, and the page is of that day, not of the whole month."""
    match = _DATELINE_DAY.search(text, 0, _DATELINE_SPAN)
    if match is None or MONTHS.get(match.group(1).lower()) != month.month:
        return None
    try:
        return month.replace(day=int(match.group(2)))
    except ValueError:
        return None
