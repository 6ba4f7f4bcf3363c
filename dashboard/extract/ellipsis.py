"""A doer added by ellipsis: "Chile and Peru skipped the summit, as did Bolivia's president",
"Russia condemned the test, and so did China": the one after "as did" or "so did" does what
the clause told, toward the same side."""

from __future__ import annotations

from typing import Final

from dashboard.extract.model import ExtractedEvent
from dashboard.extract.units import Actor, Unit

_AUXILIARIES: Final = frozenset({"did", "do", "does", "has", "have", "had"})


def _added_doer(units: list[Unit]) -> Actor | None:
    """The actor right after ", as did" or "and so did" ending its clause, if any."""
    for k in range(1, len(units) - 2):
        if units[k].low not in ("as", "so") or units[k + 1].low not in _AUXILIARIES:
            continue
        if units[k - 1].text != "," and units[k - 1].low != "and":
            continue
        actor = units[k + 2].actor
        if actor is None or not actor.country:
            return None
        if k + 3 < len(units) and units[k + 3].text not in (",", ".", ";"):
            return None  # "as did the talks in Geneva": more than a doer
        return actor
    return None


def with_ellipsis(units: list[Unit], events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """The events of one sentence, with a copy of each for the doer added by ellipsis."""
    if not events:
        return events
    doer = _added_doer(units)
    if doer is None:
        return events
    subjects: set[str] = set()  # the countries told before the first trigger: the clause's doers
    for unit in units:
        if unit.actor is None and unit.triggers():
            break
        if unit.actor is not None and unit.actor.country:
            subjects.add(unit.actor.country)
    seen: set[tuple[str, str, str | None]] = set()
    added: list[ExtractedEvent] = []
    for event in events:
        key = (event.event_type, event.event_mode, event.target_country)
        if (event.actor_country not in subjects or event.actor_country == doer.country
                or event.target_country == doer.country or key in seen):
            continue
        seen.add(key)
        copied = event.copied()
        copied.actor, copied.actor_country, copied.actor_role = doer.name, doer.country, doer.role
        copied.evidence = list(event.evidence)
        added.append(copied)
    return events + added
