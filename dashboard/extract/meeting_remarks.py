"""Remarks made at talks: a statement with no place of its own, by a person who was one side of
talks held in person that same day, was made where the talks were ("the two leaders condemned
the launch" after their talks in Washington), by the guest and the host alike."""

from __future__ import annotations

from dashboard.extract.build import TRAVELLING_ROLES
from dashboard.extract.model import ExtractedEvent
from dashboard.extract.perfect_remarks import remark_in_perfect

# Who speaks in person; a named side whose office is not told has no role.
_PEOPLE = TRAVELLING_ROLES | {""}


def with_meeting_places(events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """Place unplaced statements of the day by a person who held talks in person that day."""
    talks = [e for e in events if e.event_type == "meeting" and e.event_mode != "call" and e.place_country
             and e.modality == "asserted" and e.date_start is not None and e.date_precision == "day"]
    for event in events:
        if (event.event_type != "statement" or event.place_country or event.modality != "asserted"
                or (event.actor_role or "") not in _PEOPLE
                or event.date_start is None or event.date_precision != "day" or remark_in_perfect(event)):
            continue
        meeting = _talks_of(event, talks)
        if meeting is not None:
            event.take_place_of(meeting)
    return events


def _talks_of(event: ExtractedEvent, talks: list[ExtractedEvent]) -> ExtractedEvent | None:
    """The first talks of the statement's day with its speaker on either side. A plain loop:
    compiled, a tuple-of-pairs test inside ``next(...)`` left C that gcc -Werror rejects."""
    for m in talks:
        if m.date_start == event.date_start and (
                (event.actor_country == m.actor_country and event.actor == m.actor)
                or (event.actor_country == m.target_country and event.actor == m.target)):
            return m
    return None
