"""A bloc's own members due to meet: "EU foreign ministers will meet in Luxembourg next week",
"the U.N. Security Council was due to meet on Sunday", "... when they meet this month". The sets
code one meeting of the bloc, aimed at no single side (as own_gatherings.py does a host's
summit); a meeting already held ("met in Brussels") is mostly only the setting of what the bloc
then did, and is left out as the sets leave it."""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from dashboard import gazetteer
from dashboard.extract.frame import Frame
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.model import ExtractedEvent
from dashboard.extract.target_needs import SEVERAL

# Words opening a clause of time whose present tells what is to come: "when they meet this month".
_TIME_CLAUSE: Final = frozenset({"when", "once", "after", "before", "until"})
_CLAUSE_REACH: Final = 3  # words from the clause's opening word to its verb of meeting


def bloc_meetings(sf: SentenceFrames, frame: Frame, events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """A meeting told with a verb, no other side and a bloc for its only actor, due or under
    way: kept as aimed at no single side (any other events unchanged)."""
    if frame.spec.event_type != "meeting" or frame.spec.pos != "verb" or frame.targets or len(events) != 1:
        return events
    event = events[0]
    if event.target_country is not None or event.event_mode != "talks" or event.modality not in ("planned", "asserted"):
        return events
    if event.modality == "asserted" and not _due_in_time_clause(sf, frame.trigger_index):
        return events  # "met in Brussels on Monday", "SCO meets in Tianjin": held, or told as news
    entry = gazetteer.country(event.actor_country)
    if entry is None or not entry.is_group:
        return events
    return [replace(event, target_basis=SEVERAL)]


def _due_in_time_clause(sf: SentenceFrames, index: int) -> bool:
    """Whether the verb at ``index`` is a plain "meet" in a clause of time ("when they meet")."""
    if sf.units[index].low != "meet":
        return False
    return any(sf.units[k].low in _TIME_CLAUSE for k in range(max(0, index - _CLAUSE_REACH), index))
