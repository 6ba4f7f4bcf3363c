"""An act told once with two dates joined by "and" happened on each: "the delegations met in
Istanbul in May and June", "restored sanctions in two stages in August and November", "his third
visit, following those of 2015 and 2017". The event read from the sentence took the first date;
a copy takes the second. Only months and years ("June 18 and 19" is one two-day event), only
acts that recur as such (not "a string of launches in July and August", nor a deal "produced" by
talks in May and June), and not dates that may be shared out between two actors ("exchanged
visits in March and May": one each).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from dashboard.extract.dates import MONTHS, month_end
from dashboard.extract.model import ExtractedEvent

_REPEATED_TYPES: Final = frozenset({"meeting", "visit", "sanction", "military", "relations"})
_SYMMETRIC: Final = frozenset({"meeting"})  # "Russian and Ukrainian delegations met": one act, told both ways
_ONE_OFF_MODES: Final = frozenset({"missile_test"})
_MONTH_NAMES: Final = "|".join(sorted(MONTHS, key=len, reverse=True))
# "in May and June", "in July and again in August" (not "between May and June": one span;
# not "in May and June 5": a day of its own).
_MONTH_PAIR: Final = re.compile(
    rf"\b(?:in|during)\s+(?P<first>{_MONTH_NAMES})\.?\s+and\s+(?:again\s+)?(?:in\s+)?"
    rf"(?P<second>{_MONTH_NAMES})\b(?!\.?\s+[0-3]?\d\b(?!\d))", re.IGNORECASE)
# "in 2015 and 2017", "those of 2019 and 2022"
_YEAR_PAIR: Final = re.compile(
    r"\b(?:in|of|during)\s+(?P<first>(?:19|20)\d\d)\s+and\s+(?:again\s+)?(?:in\s+)?(?P<second>(?:19|20)\d\d)\b(?!-)")


def with_paired_dates(events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """The events, each followed by its copy at the second of two dates its sentence joins."""
    out: list[ExtractedEvent] = []
    for event in events:
        out.append(event)
        if event.event_type not in _REPEATED_TYPES or event.event_mode in _ONE_OFF_MODES \
                or _shared_out(event, events):
            continue
        second = _second_date(event)
        if second is not None:
            copy = event.copied()
            copy.date_start, copy.date_end = second
            out.append(copy)
    return out


def dated_apart(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    """Whether two events are the same act told at two dates its sentence joins (a mediation,
    otherwise one role whatever the dates, is two rounds then)."""
    return (bool(a.evidence) and bool(b.evidence) and a.evidence[0].char_start == b.evidence[0].char_start
            and a.date_basis == b.date_basis == "stated" and a.date_precision == b.date_precision
            and a.date_start != b.date_start and (_second_date(a) or (None,))[0] == b.date_start)


def _shared_out(event: ExtractedEvent, events: list[ExtractedEvent]) -> bool:
    """Whether the same sentence tells the same kind of act by another actor, so that the dates
    may be shared out between them ("exchanged visits in March and May", "Iraq and Oman hosted
    rounds of talks in 2021 and 2022")."""
    sides = {event.actor_country, event.target_country}
    return any(other.event_type == event.event_type and other.actor_country is not None
               and other.actor_country != event.actor_country
               and not (event.event_type in _SYMMETRIC and other.actor_country in sides)
               and other.evidence and other.evidence[0].char_start == event.evidence[0].char_start
               for other in events)


def _second_date(event: ExtractedEvent) -> tuple[date, date] | None:
    """The first and last day of the date paired with the event's own in its sentence, if any."""
    start = event.date_start
    if start is None or event.date_basis != "stated" or not event.evidence:
        return None
    sentence = event.evidence[0].sentence
    if " and " not in sentence:
        return None
    if event.date_precision == "month":
        for match in _MONTH_PAIR.finditer(sentence):
            first, second = MONTHS[match["first"].lower()], MONTHS[match["second"].lower()]
            if first == start.month and second != first:
                year = start.year + (second < first)  # "in December and January"
                return date(year, second, 1), month_end(year, second)
    elif event.date_precision == "year":
        for match in _YEAR_PAIR.finditer(sentence):
            if int(match["first"]) == start.year and match["second"] != match["first"]:
                year = int(match["second"])
                return date(year, 1, 1), date(year, 12, 31)
    return None
