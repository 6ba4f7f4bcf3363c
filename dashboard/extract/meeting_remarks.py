"""Remarks made at talks: a statement with no place of its own, by a person who was one side of
talks held in person that same day, was made where the talks were ("the two leaders condemned
the launch" after their talks in Washington), by the guest and the host alike."""

from __future__ import annotations

from dashboard.extract.build import TRAVELLING_ROLES
from dashboard.extract.model import ExtractedEvent

# Who speaks in person; a named side whose office is not told has no role.
_PEOPLE = TRAVELLING_ROLES | {""}


def with_meeting_places(events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """Place unplaced statements of the day by a person who held talks in person that day."""
    talks = [e for e in events if e.event_type == "meeting" and e.event_mode != "call" and e.place_country
             and e.modality == "asserted" and e.date_start is not None and e.date_precision == "day"]
    for event in events:
        if (event.event_type != "statement" or event.place_country or event.modality != "asserted"
                or (event.actor_role or "") not in _PEOPLE
                or event.date_start is None or event.date_precision != "day"):
            continue
        meeting = next((m for m in talks if m.date_start == event.date_start
                        and (event.actor_country, event.actor) in ((m.actor_country, m.actor), (m.target_country, m.target))),
                       None)
        if meeting is not None:
            event.take_place_of(meeting)
    return events
