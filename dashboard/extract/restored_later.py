"""Relations ended and restored in one sentence: "broke off relations with Kenya in December and
restored them in May", "recalled their ambassadors from Doha, before returning them later that
year": what "them" restores is the ended relations, between the same sides."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Final

from dashboard.extract.dates import EXPLICIT_YEAR
from dashboard.extract.lower_case import lower_case
from dashboard.extract.model import ExtractedEvent
from dashboard.schema import cameo_for, goldstein

# A restoring verb whose object is "them": the relations or envoys of the sentence's earlier act.
_RESTORED_THEM: Final = re.compile(
    r"\b(?:restor|resum|re-?establish|reestablish|normali[sz]|return|reinstat|revived?\b|revivi)\w*\s+them\b",
    re.IGNORECASE)
_ENDED: Final = frozenset({"break", "recall"})


def restored_later(text: str, events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """A restoration by the sides of each relations break or recall the sentence told (none when
    it codes a restoration already); dated by a year named after the verb, else as the break."""
    ended = [e for e in events if e.event_type == "relations" and e.event_mode in _ENDED
             and e.modality == "asserted" and e.actor_country and e.target_country]
    if not ended or any(e.event_type == "relations" and e.event_mode == "restore" for e in events):
        return []  # most sentences: no pattern search (ignoring case, it tries every position)
    if text.isascii() and "them" not in lower_case(text):
        return []  # no "them" in any case: the case-blind pattern can match nothing
    found = _RESTORED_THEM.search(text)
    if found is None:
        return []
    year = EXPLICIT_YEAR.search(text, found.end())
    code = cameo_for("relations", "restore")
    restored = []
    for event in ended:
        day, precision = (date(int(year.group()), 1, 1), "year") if year else (event.date_start, event.date_precision)
        restored.append(replace(event, event_mode="restore", cameo_code=code, goldstein=goldstein(code),
                                place=None, place_country=None, lat=None, lon=None, geo_precision="none",
                                date_start=day, date_end=None, date_precision=precision,
                                confidence=round(event.confidence * 0.9, 3), evidence=list(event.evidence)))
    return restored
