"""The kind of a trip told by a noun beside its verb: "hosted Xi on a state visit", "left for
Doha on an official visit" are state and official visits, not visits of no stated kind."""

from __future__ import annotations

from typing import Final

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
