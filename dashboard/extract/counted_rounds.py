"""Meetings and visits told once with a count: "the two ministers held two rounds of talks last
year, the first in Cairo in May", "Yunus and Sharif have met twice, most recently in Cairo",
"during two visits to Beirut". The event read from the sentence stands for the one its date and
place belong to; an undated copy stands for each other round.
"""

from __future__ import annotations

import re
from typing import Final

from dashboard.extract.model import ExtractedEvent

_COUNTED_TYPES: Final = frozenset({"meeting", "visit"})
_NUMBERS: Final = {"two": 2, "three": 3}
# "two rounds of exploratory talks" just before the trigger noun, or "two" before the trigger
# noun itself ("two visits", "three meetings"; not "the two sides held talks")
_COUNT_BEFORE: Final = re.compile(
    r"\b(?P<n>two|three)\s+(?P<rounds>(?:rounds|sessions)\s+of\s+(?:[a-z-]+\s+){0,2})?$", re.IGNORECASE)
# "have met twice", "visited Beijing three times" just after the trigger verb
_COUNT_AFTER: Final = re.compile(r"^\s+(?:[A-Z][\w-]*\s+)?(?P<n>twice|three times)\b")
_AFTER_NUMBERS: Final = {"twice": 2, "three times": 3}


def with_counted_rounds(events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """The events, each counted one followed by an undated copy for each other round."""
    out: list[ExtractedEvent] = []
    for event in events:
        out.append(event)
        rounds = _count(event)
        if rounds < 2 or _dated_apart_already(event, events):
            continue
        for _ in range(rounds - 1):
            copy = event.copied()
            copy.evidence = list(event.evidence)
            copy.date_start = copy.date_end = None
            copy.date_precision = copy.date_basis = "unknown"
            if event.event_type == "meeting":  # "most recently at a summit in Cairo": the dated one's place
                copy.place, copy.place_country, copy.lat, copy.lon, copy.geo_precision = None, None, None, None, "none"
            out.append(copy)
    return out


def _count(event: ExtractedEvent) -> int:
    """How many rounds the event's trigger is counted as: 2 or 3, else 0."""
    if event.event_type not in _COUNTED_TYPES or not event.evidence or not event.evidence[0].trigger:
        return 0
    sentence, trigger = event.evidence[0].sentence, event.evidence[0].trigger
    at = sentence.find(trigger)
    if at < 0:
        return 0
    before = _COUNT_BEFORE.search(sentence, max(0, at - 60), at)
    if before is not None and (before["rounds"] or (" " not in trigger and trigger.lower().endswith("s"))):
        return _NUMBERS[before["n"].lower()]
    after = _COUNT_AFTER.match(sentence[at + len(trigger):at + len(trigger) + 40])
    return _AFTER_NUMBERS[after["n"]] if after is not None else 0


def _dated_apart_already(event: ExtractedEvent, events: list[ExtractedEvent]) -> bool:
    """Whether the sentence already gave the same sides another event of this type ("two rounds
    in July and August": one per month)."""
    start = event.evidence[0].char_start
    sides = {event.actor_country, event.target_country}
    return any(other is not event and other.event_type == event.event_type and other.evidence
               and other.evidence[0].char_start == start and {other.actor_country, other.target_country} == sides
               for other in events)
