"""An act repeated by a new side: "Mexico cut ties with Ecuador, and Bolivia did the same",
"Peru took the same step in June", "Bolivia followed suit": the side named just before the
phrase does the latest act told, in its sentence or the one before, against the same target."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from dashboard.extract.date_spans import DateMention
from dashboard.extract.dates import SentenceDates
from dashboard.extract.model import Evidence, ExtractedEvent
from dashboard.extract.units import Unit

_SAME: Final = re.compile(
    r"\b(?:(?:did|does|do|doing|done)\s+(?:the\s+same|likewise)"
    r"|follow(?:ed|s|ing)?\s+(?:suit|(?:it|them)\s+out)"
    r"|(?:took|take|takes|taking|made|make|makes|making)\s+(?:the\s+|a\s+)?(?:same|similar)\s+"
    r"(?:step|move|decision)s?)\b", re.IGNORECASE)
_PAST: Final = re.compile(r"^(?:did|done|followed|took|made)", re.IGNORECASE)
_GAP: Final = re.compile(r"^(?:\s+[a-z]+){0,2}\s+$")  # "Peru later took": at most two plain words
_BASE: Final = re.compile(r"^(?:do|take|make|follow)\b", re.IGNORECASE)
# A bare verb is a repeat only after a modal: "demanded that they do the same" asks, it does not act.
_MODAL: Final = re.compile(r"\b(?:will|would|could|might|may|shall|should)\s+$", re.IGNORECASE)
_NOT_COPIED: Final = frozenset({"comment"})


def same_acts(text: str, start: int, units: list[Unit], dates: SentenceDates,
              here: list[ExtractedEvent], earlier: list[ExtractedEvent],
              known: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """The repeat of the latest act by the side that "did the same" (none when none is told, or
    when the article told that side's act already: "Niger followed Mali ... after Mali took the same step")."""
    if "same" not in text and "suit" not in text and "likewise" not in text and " out" not in text:
        return []  # most sentences: no pattern search
    found = _SAME.search(text)
    if found is None:
        return []
    at = start + found.start()
    side = _side_before(units, text, start, at)
    actor = side.actor if side is not None else None
    if actor is None or _BASE.match(found.group()) and _MODAL.search(text[:found.start()]) is None:
        return []
    before_phrase = [e for e in here if _said_before(e, text, found.start())]
    source = _latest_act(before_phrase, actor.country) or _latest_act(earlier, actor.country)
    if not source:
        return []
    ahead = _MODAL.search(text[:found.start()]) is not None
    day = _date_after(dates.ahead if ahead else dates.past, start + found.end(), text, start)
    modality = "planned" if ahead else "asserted" if _PAST.match(found.group()) else None
    sentence = Evidence(text, start, start + len(text), found.group())
    out: list[ExtractedEvent] = []
    for act in source:
        target, target_name = act.target_country, act.target
        if target == actor.country:  # "Cairo expelled Ankara's envoy and Ankara did the same"
            target, target_name = act.actor_country, act.actor
        if any(e.event_type == act.event_type and e.event_mode == act.event_mode
               and e.actor_country == actor.country and e.target_country == target for e in known):
            continue
        out.append(replace(
            act, actor=actor.name, actor_country=actor.country, actor_role=actor.role,
            target=target_name, target_country=target,
            place=None, place_country=None, lat=None, lon=None, geo_precision="none",
            date_start=day.span.start if day else None, date_end=day.span.end if day else None,
            date_precision=day.span.precision if day else "unknown",
            date_basis=day.span.basis if day else "unknown",
            modality=modality or act.modality, quote=None,
            confidence=round(act.confidence * 0.9, 3), evidence=[sentence],
            actor_explicit=actor.explicit))
    return out


def _side_before(units: list[Unit], text: str, start: int, at: int) -> Unit | None:
    """The actor named right before the phrase, at most two plain words away."""
    side: Unit | None = None
    for unit in units:
        if unit.end > at:
            break
        if unit.actor is not None and unit.actor.country:
            side = unit
    if side is None or _GAP.match(text[side.end - start:at - start] + " ") is None:
        return None
    return side


def _said_before(event: ExtractedEvent, text: str, at: int) -> bool:
    trigger = event.evidence[-1].trigger if event.evidence else ""
    return bool(trigger) and 0 <= text.find(trigger) < at


def _latest_act(events: list[ExtractedEvent], country: str) -> list[ExtractedEvent]:
    """The events of the latest other side that acted, one per type, mode and target."""
    acts = [e for e in events if e.actor_country and e.actor_country != country
            and e.event_mode not in _NOT_COPIED and e.modality != "negated"]
    if not acts:
        return []
    last = acts[-1]
    seen: set[tuple[str, str, str | None]] = set()
    out = []
    for event in acts:
        key = (event.event_type, event.event_mode, event.target_country)
        if event.actor_country == last.actor_country and event.evidence[-1:] == last.evidence[-1:] \
                and key not in seen:
            seen.add(key)
            out.append(event)
    return out


def _date_after(mentions: list[DateMention], end: int, text: str, start: int) -> DateMention | None:
    """The date named after the phrase before the clause ends ("did the same on Sunday")."""
    stop = text.find(",", end - start)
    limit = start + (stop if stop >= 0 else len(text))
    for mention in mentions:
        if end <= mention.start < limit:
            return mention
    return None
