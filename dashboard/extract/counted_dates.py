"""Days counted from the day told before: "Within hours, ...", "The next day", "Days later",
"a week later", "within a day", "the following month". An undated event of a sentence that
counts on from the story's last dated event happened that many days after it, not on the day
of the report; a paragraph that opens so counts on for all its undated events."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from dashboard.extract.dates import NUMBER_WORDS, find_dates, month_end
from dashboard.extract.model import ExtractedEvent

_COUNT: Final = r"(?P<count>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)"
COUNTED_ON: Final = re.compile(
    r"\b(?:the (?:following|next) (?P<next>day|morning|evening|week|month|year)"
    rf"|{_COUNT} (?P<unit>hours?|days?|weeks?|months?|years?) later"
    r"|(?P<vague>hours|days|weeks|months) later"
    r"|within (?:(?P<within>hours|minutes|a day|24 hours|days))"
    # "later that month", "the same month": the month (or year) of the day told before
    r"|(?:(?:later|earlier) (?:that|the same)|that same|the same) (?P<same>month|year))\b(?! of)", re.IGNORECASE)
# ASCII text, lower-cased, is searched case-sensitively: the same matches at about half the cost
# (their words are read lower-cased: see _counted).
_COUNTED_ON_LOWER: Final = re.compile(COUNTED_ON.pattern)
# The words every count has; the pattern runs only around them (run over a whole article, the
# case-blind pattern cost a tenth of the compiled extractor's time).
_KEYS: Final = ("later", "ithin", "following", "next", "same", "earlier")
_STEMS: Final = ("ater", "ithin", "ollowing", "ext", "ame", "arlier")  # the key words in either case, without lowering
_REACH: Final = 25  # how far a count's words may run before or after its key word
_UNIT_DAYS: Final = {"hour": 0, "day": 1, "morning": 1, "evening": 1, "week": 7, "month": 30, "year": 365}
_VAGUE_DAYS: Final = {"hours": 0, "minutes": 0, "a day": 1, "24 hours": 1, "days": 3, "weeks": 14, "months": 60}
_COARSE: Final = {"day": 0, "week": 1, "month": 2, "year": 3}


def _counted(match: re.Match[str]) -> tuple[int, str]:
    """Days counted on, and the precision the count allows."""
    if match.group("same"):
        return 0, match.group("same").lower()
    if match.group("next"):
        unit = match.group("next").lower()
        return _UNIT_DAYS[unit], unit if unit in ("week", "month", "year") else "day"
    if match.group("unit"):
        unit = match.group("unit").lower().rstrip("s")
        raw = match.group("count").lower()
        count = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
        return count * _UNIT_DAYS[unit], unit if unit in ("week", "month", "year") else "day"
    vague = (match.group("vague") or match.group("within")).lower()
    days = _VAGUE_DAYS[vague]
    return days, "day" if days <= 1 else ("week" if days < 30 else "month")


def counted_span(match: re.Match[str], start: date, anchor_precision: str) -> tuple[date, date, str]:
    """The span a COUNTED_ON match names, counted from ``start``."""
    days, precision = _counted(match)
    return _span(start, anchor_precision, days, precision)


def _span(start: date, anchor_precision: str, days: int, precision: str) -> tuple[date, date, str]:
    if _COARSE[anchor_precision] > _COARSE[precision]:
        precision = anchor_precision
    day = start + timedelta(days=days)
    if precision == "month":
        if days >= 28 and day.month == start.month:  # "the following month" of the 1st
            day = month_end(day.year, day.month) + timedelta(days=1)
        return date(day.year, day.month, 1), month_end(day.year, day.month), precision
    if precision == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31), precision
    return day, day, precision


def _anchor(events: list[ExtractedEvent], text: str, position: int,
            published: date | None) -> tuple[date, str] | None:
    """The day (and precision) counted from: of the dates told before ``position``, by dated
    events or in the words of the same paragraph ("The crisis began on May 28"), those of the
    paragraph of the last one, the latest in time (the scene the story had reached; background
    a relative clause recalls, "who sent the first troops in October 2001", is not it)."""
    told = [(event.evidence[0].char_start, event.date_start, event.date_precision) for event in events
            if event.evidence and event.evidence[0].char_start < position and event.date_start is not None
            and event.date_basis in ("stated", "relative") and event.modality == "asserted"]
    opening = text.rfind("\n\n", 0, position) + 2
    if published is not None and opening < position:
        told += [(opening + m.start, m.span.start, m.span.precision) for m in find_dates(text[opening:position], published)
                 if m.span.start <= published and not m.text.lower().endswith(("after", "later"))]
    if not told:
        return None
    paragraph = text.rfind("\n\n", 0, max(place for place, _, _ in told))
    _, day, precision = max((item for item in told if item[0] > paragraph), key=lambda item: (item[1], item[0]))
    return day, precision


def _counts(text: str) -> list[re.Match[str]]:
    """The counts of the text, in order: the pattern tried only near its key words."""
    if not any(stem in text for stem in _STEMS):
        return []
    lowered = text.lower()
    pattern, searched = (_COUNTED_ON_LOWER, lowered) if text.isascii() else (COUNTED_ON, text)
    found: dict[int, re.Match[str]] = {}
    for key in _KEYS:
        at = lowered.find(key)
        while at >= 0:
            match = pattern.search(searched, max(0, at - _REACH), at + len(key) + _REACH)
            if match is not None and match.start() <= at < match.end():
                found[match.start()] = match
            at = lowered.find(key, at + 1)
    return [found[start] for start in sorted(found)]


def counts_on(text: str) -> bool:
    """Whether the text counts on from a day told before ("the following month")."""
    return bool(_counts(text))


def with_counted_dates(events: list[ExtractedEvent], text: str, published: date | None) -> None:
    """Date the events dated only by publication that a count from the last dated event
    places ("Mogadishu reacted within a day", "Days later he flew to Beijing")."""
    if not any(event.date_basis == "published" for event in events):
        return
    for match in _counts(text):
        sentence_start = max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
        opens_paragraph = text.rfind("\n", 0, match.start()) + 1 == sentence_start
        # the paragraph's undated events, or the sentence's, when the count opens it
        if opens_paragraph and not text[sentence_start:match.start()].strip():
            end = text.find("\n\n", match.end())
        else:
            ends = [found for found in (text.find(". ", match.end()), text.find("\n", match.end())) if found >= 0]
            end = min(ends) if ends else -1
        end = len(text) if end < 0 else end
        undated = [event for event in events if event.date_basis == "published" and event.date_start is not None
                   and event.evidence and sentence_start <= event.evidence[0].char_start < end]
        if not undated:
            continue  # the date scan of the anchor is the costly part: only for events it would move
        anchor = _anchor(events, text, match.start(), published)
        if anchor is None:
            continue
        days, precision = _counted(match)
        start, last, precision = _span(anchor[0], anchor[1], days, precision)
        for event in undated:
            if event.date_start is not None and start <= event.date_start:
                event.date_start, event.date_end, event.date_precision = start, last, precision
                event.date_basis = "relative"
