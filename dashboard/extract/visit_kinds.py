"""The kind of a trip told by a noun beside its verb: "hosted Xi on a state visit", "left for
Doha on an official visit" are state and official visits, not visits of no stated kind."""

from __future__ import annotations

import re
from typing import Final

from dashboard.extract.lower_case import lower_case
from dashboard.extract.model import ExtractedEvent
from dashboard.extract.units import Unit

_KINDS: Final = frozenset({"state", "official", "working"})


def with_visit_kind(units: list[Unit], events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """Give the sentence's visits of no stated kind the one kind its visit nouns name, when all
    its visits with a host are one trip: one visitor, one host, one day ("the first trip in 14
    years" also tells an older one)."""
    if not any(event.event_type == "visit" for event in events):
        return events
    kinds = {spec.event_mode for unit in units for spec in unit.triggers()
             if spec.event_type == "visit" and spec.event_mode in _KINDS}
    if len(kinds) != 1:
        return events
    trips = {(e.actor_country, e.target_country, e.date_start)
             for e in events if e.event_type == "visit" and e.target_country}
    if len(trips) != 1:
        return events
    kind = next(iter(kinds))
    for event in events:
        if event.event_type == "visit" and event.event_mode == "unspecified":
            event.event_mode = kind
    return events


# "flew to Samarkand for a summit of the SCO", "arrived to join the G7 summit": the trip's purpose
# is a gathering of leaders (not "arrived from the summit", "after attending the summit", "talks
# on preparations for the summit"), told close after the verb of the trip.
_FOR_GATHERING: Final = re.compile(
    r"(?<!preparations )(?<!preparation )(?<!preparing )"
    r"\b(?:for|to (?:attend|join|take part in|participate in))\s+(?:a|an|the)\s+"
    r"(?:(?!(?:at|in|on|to|with|from|after|before|of|for)\b)[\w'.-]+\s+){0,6}?(?:summit|conference|gathering)\b",
    re.IGNORECASE)
_NEAR: Final = 80  # characters between the verb of the trip and its purpose


def _names_gathering(low: str, at: int) -> bool:
    """Whether a gathering's noun stands anywhere after ``at`` (a cheap test before the pattern)."""
    return any(low.find(word, at) >= 0 for word in ("summit", "conference", "gathering"))


def with_summit_purpose(events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """Make a summit of a visit of no stated kind whose sentence, after its verb, says the trip
    was for a summit or conference."""
    for event in events:
        if event.event_type != "visit" or event.event_mode != "unspecified" or not event.evidence:
            continue
        trigger = event.evidence[0].trigger
        at = event.sentence.find(trigger) if trigger else -1
        if at >= 0 and not _names_gathering(lower_case(event.sentence), at):
            continue
        found = _FOR_GATHERING.search(event.sentence, at) if at >= 0 else None
        if found and found.start() - at - len(trigger) <= _NEAR:
            event.event_mode = "summit"
    return events
