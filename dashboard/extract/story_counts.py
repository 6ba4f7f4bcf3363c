"""Intervals counted from the story's day: "The Russian president made the announcement ... a
day after Biden made an unannounced trip to Kyiv." A sentence that names no day before its
"a day after" counts from the day the story tells, not from the day of the report."""

from __future__ import annotations

from datetime import date

from dashboard.extract.dates import find_dates
from dashboard.extract.model import ExtractedEvent


def with_counts_from_story_day(events: list[ExtractedEvent], published: date, day: date) -> None:
    """Move the events dated by an interval counted from publication ("two days after ...", no day
    named before it in the sentence) by as many days as the story's ``day`` lies before it."""
    shift = published - day
    for event in events:
        if event.date_basis != "relative" or event.date_precision != "day" or event.date_start is None \
                or "after" not in event.sentence:
            continue
        mentions = find_dates(event.sentence, published)
        for k, mention in enumerate(mentions):
            if (mention.counts_after() and mention.span.start == event.date_start
                    and not any(m.span.precision == "day" for m in mentions[:k])):
                event.date_start = event.date_end = event.date_start - shift
                break
