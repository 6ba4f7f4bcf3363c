"""The day "the same day" points back to: the scene the story had reached, not an aside of it.

"The EU imposed sanctions on Friday on officials who rigged the Aug. 9 vote. ... The United
States, acting the same day, ...": the last event told with a day may carry the date of an
aside (a noun's date, a day counted toward a later event), so of the events of the paragraph
that event is in, the latest day up to publication is the one meant."""

from __future__ import annotations

from datetime import date

from dashboard.extract.model import ExtractedEvent


def _dated_by_day(event: ExtractedEvent) -> bool:
    return event.date_precision == "day" and event.date_basis != "published" and event.date_start is not None


def _day(event: ExtractedEvent) -> date:
    return event.date_start if event.date_start is not None else date.min


def day_told_before(earlier: list[ExtractedEvent], text: str | None,
                    published: date | None) -> ExtractedEvent | None:
    """The earlier event whose day "the same day" takes: of those with a day told (not of
    publication) in the paragraph of the last one, the latest in time, the last told on ties.
    Without the text, the last one."""
    last = next((event for event in reversed(earlier) if _dated_by_day(event)), None)
    if last is None or text is None or not last.evidence:
        return last
    at = last.evidence[0].char_start
    opening = text.rfind("\n\n", 0, at)
    opening = opening + 2 if opening >= 0 else 0
    closing = text.find("\n\n", at)
    closing = len(text) if closing < 0 else closing
    there = [event for event in earlier if _dated_by_day(event) and event.evidence
             and opening <= event.evidence[0].char_start < closing
             and event.modality == "asserted" and (published is None or _day(event) <= published)]
    if not there:
        return last
    return max(there, key=lambda event: (_day(event), event.evidence[0].char_start))
