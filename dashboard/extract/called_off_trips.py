"""An earlier plan of the story's trip that was called off: "The trip was first planned for March
but was postponed", "His trip had been set for February, but he put it off". The sentence names
no destination of its own: the visitor and host are those of the trip the story tells, and the
plan is a visit of its own, negated, dated to the month it was planned for."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Final

from dashboard.extract.dates import MONTHS
from dashboard.extract.model import Evidence, ExtractedEvent
from dashboard.schema import cameo_for, goldstein

# "the trip", "his visit", "the planned trip", "Dar's visit": a trip the reader already knows;
# one followed by "to", "of" or "by" names its own sides and is read by the ordinary rules.
_TRIP: Final = re.compile(r"\b(?:the|his|her|their|this|that|[A-Z][a-z]+'s)\s+(?:(?:planned|earlier|original|"
                          r"scheduled|first)\s+)?(?:trip|visit|journey)\b(?!\s+(?:to|of|by)\b)", re.IGNORECASE)
# The trip itself called off: in the passive ("was postponed", "had been put off") or with "it" for
# it ("he postponed it", "put it off"); "called off a planned meeting" calls off something else.
_CALLED_OFF: Final = re.compile(r"\b(?:(?:was|were|been|be)\s+(?:\w+ly\s+)?(?:postponed|put off|called off|cancell?ed|"
                                r"delayed|scrapped|shelved)|(?:postponed|cancell?ed|delayed|scrapped|shelved) it|"
                                r"(?:put|called) it off)\b", re.IGNORECASE)
# The sentence tells the plan the trip was: "planned for March", "had been due to travel".
_PLAN: Final = re.compile(r"\b(?:planned|scheduled|due|set for|originally|supposed to|expected)\b", re.IGNORECASE)
# Words one of which any match of _CALLED_OFF holds ("off" alone is in "official" and "offer").
_CALL_OFF_WORDS: Final = ("postpone", "put off", "called off", "cancel", "delay", "scrap", "shelve", "it off")
_REACH: Final = 100  # characters from the trip noun to the verb that calls it off
# The months' full names, from the date reader's table (which also holds "jan", "sept"...).
_MONTH_NAMES: Final = "|".join(name for name in MONTHS if len(name) > 4 or name in ("may", "june", "july"))
# "planned for March", "set for February", "in May": the month the plan was for.
_PLANNED_MONTH: Final = re.compile(r"\b(?:for|in)\s+(" + _MONTH_NAMES + r")\b", re.IGNORECASE)
_ANY_MONTH: Final = re.compile(r"\b(" + _MONTH_NAMES + r")\b", re.IGNORECASE)
_THAT_MONTH: Final = re.compile(r"\b(?:later|earlier)\s+that\s+month\b", re.IGNORECASE)
_STORY_DAYS: Final = 7  # how far from publication the story's own trip is dated


def called_off_trips(events: list[ExtractedEvent], text: str, told: str, sentences: list[tuple[int, int]],
                     published: date | None) -> list[ExtractedEvent]:
    """The negated visits of plans of the story's trip called off, added after ``events``
    (``text`` is the folded text the ``sentences`` offsets point into, ``told`` the text as written)."""
    if published is None:
        return events
    trips = [e for e in events if e.event_type == "visit" and e.modality == "asserted" and e.place_country
             and e.target_country and e.date_start is not None and abs((published - e.date_start).days) <= _STORY_DAYS]
    if not trips:
        return events  # most articles: no trip of the story's days, so the text is not lowered
    low = text.lower()
    if not any(word in low for word in _CALL_OFF_WORDS):
        return events
    trips.sort(key=lambda e: min((ev.char_start for ev in e.evidence), default=len(text)))
    added: list[ExtractedEvent] = []
    for n, (start, end) in enumerate(sentences):
        sentence = text[start:end]
        trip_noun = _TRIP.search(sentence)
        if trip_noun is None or not _CALLED_OFF.search(sentence, trip_noun.end(), trip_noun.end() + _REACH) \
                or not _PLAN.search(sentence):
            continue
        if any(e.event_type == "visit" and _told_in(e, start, end) for e in events):
            continue  # the sentence told a trip of its own, or this one called off
        trip = _trip_named(trips, sentence)
        month = _planned_month(sentence, text[sentences[n - 1][0]:sentences[n - 1][1]] if n else "", published)
        added.append(replace(
            trip, modality="negated", cameo_code=(cameo := cameo_for("visit", trip.event_mode, "negated")),
            goldstein=goldstein(cameo), date_start=month, date_end=month,
            date_precision="month" if month else "unknown", date_basis="stated" if month else "unknown",
            evidence=[Evidence(told[start:end], start, end)], confidence=round(trip.confidence * 0.8, 3)))
    return events + added


def _told_in(visit: ExtractedEvent, start: int, end: int) -> bool:
    """Whether the visit was first told in the sentence, or told there as not made (a sentence
    that only mentions the story's trip again is among its later evidence)."""
    here = [ev for ev in visit.evidence if start <= ev.char_start < end]
    return bool(here) and (visit.modality != "asserted" or min(ev.char_start for ev in visit.evidence) >= start)


def _trip_named(trips: list[ExtractedEvent], sentence: str) -> ExtractedEvent:
    """The story's trip whose visitor the sentence names by surname, else the first told."""
    for trip in trips:
        surname = (trip.actor or "").split()[-1:] or [""]
        if surname[0] and re.search(r"\b" + re.escape(surname[0]) + r"\b", sentence):
            return trip
    return trips[0]


def _planned_month(sentence: str, before: str, published: date) -> date | None:
    """The first day of the month the plan was for: named in the sentence, or "later that month"
    of the month the sentence before names; in the year before publication when that month is
    still to come."""
    found = _PLANNED_MONTH.search(sentence)
    if found is None and _THAT_MONTH.search(sentence):
        found = _ANY_MONTH.search(before)
    if found is None:
        return None
    month = MONTHS[found.group(1).lower()]
    return date(published.year if month <= published.month else published.year - 1, month, 1)
