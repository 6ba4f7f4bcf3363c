"""An act repeated by a new side: "Mexico cut ties with Ecuador, and Bolivia did the same",
"Peru took the same step in June", "Bolivia followed suit", "Peru followed within hours", "Ghana's president made the trip
later": the side named just before the phrase does the latest act told, in its sentence or the
one before, against the same target (a trip goes where that act took place). Each side of a list
there repeats it: "Germany, Spain and Italy followed suit"."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from dashboard.extract.counted_dates import COUNTED_ON, counted_span
from dashboard.extract.date_spans import DateMention
from dashboard.extract.dates import SentenceDates
from dashboard.extract.lower_case import lower_case
from dashboard.extract.model import Evidence, ExtractedEvent
from dashboard.extract.units import Actor, Unit
from dashboard.schema import cameo_for, goldstein

_SAME: Final = re.compile(
    r"\b(?:(?:did|does|do|doing|done)\s+(?:the\s+same|likewise)"
    r"|follow(?:ed|s|ing)?\s+(?:suit|(?:it|them)\s+out)"
    r"|followed\s+(?:within\s+(?:hours|days|minutes|a\s+day|the\s+hour)|(?:hours|days|a\s+day)\s+later"
    r"|(?:shortly|soon)\s+after(?:wards?)?(?=\s*[,.;]))"
    r"|(?:took|take|takes|taking|made|make|makes|making)\s+(?:the\s+|a\s+)?(?:same|similar)\s+"
    r"(?:step|move|decision)s?"
    r"|(?P<trip>(?:made|make|makes|making)\s+the\s+(?:same\s+)?(?:trip|journey)))\b", re.IGNORECASE)
_SAME_LOWER: Final = re.compile(_SAME.pattern)  # for ASCII text lower-cased: the same matches, faster
_PAST: Final = re.compile(r"^(?:did|done|followed|took|made)", re.IGNORECASE)
_GAP: Final = re.compile(r"^(?:\s+[a-z]+){0,2}\s+$")  # "Peru later took": at most two plain words
_BASE: Final = re.compile(r"^(?:do|take|make|follow)\b", re.IGNORECASE)
# A bare verb is a repeat only after a modal: "demanded that they do the same" asks, it does not act.
_MODAL: Final = re.compile(r"\b(?:will|would|could|might|may|shall|should)\s+$", re.IGNORECASE)
_NOT_COPIED: Final = frozenset({"comment"})
# "followed within hours", "followed shortly afterwards": the repeat shares the act's own date.
_SAME_TIME: Final = re.compile(r"within\s+(?:hours|minutes|the\s+hour)|shortly|soon", re.IGNORECASE)
_CUES: Final = ("same", "suit", "likewise", " out", "trip", "journey", "followed")


def same_acts(text: str, start: int, units: list[Unit], dates: SentenceDates,
              here: list[ExtractedEvent], earlier: list[ExtractedEvent],
              known: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """The repeat of the latest act by the side that "did the same" (none when none is told, or
    when the article told that side's act already: "Niger followed Mali ... after Mali took the same step")."""
    if not any(word in text for word in _CUES):
        return []  # most sentences: no pattern search
    found = _SAME_LOWER.search(lower_case(text)) if text.isascii() else _SAME.search(text)
    if found is None:
        return []
    phrase = text[found.start():found.end()]  # as written (``found`` may be of the lower-cased text)
    at = start + found.start()
    sides = _sides_before(units, text, start, at)
    actor = sides[-1].actor if sides else None
    if actor is None or _BASE.match(phrase) and _MODAL.search(text[:found.start()]) is None:
        return []
    before_phrase = [e for e in here if _said_before(e, text, found.start())]
    trip = found.group("trip") is not None
    source = _latest_act(before_phrase, actor.country, trip) or _latest_act(earlier, actor.country, trip)
    if not source:
        return []
    ahead = _MODAL.search(text[:found.start()]) is not None
    day = _date_after(dates.ahead if ahead else dates.past, start + found.end(), text, start)
    modality = "planned" if ahead else "asserted" if _PAST.match(phrase) else None
    sentence = Evidence(text, start, start + len(text), phrase)
    out: list[ExtractedEvent] = []
    counted = COUNTED_ON.match(text, found.end() + 1) if day is None else None  # "made the trip later that month"
    same_time = day is None and counted is None and _SAME_TIME.search(phrase) is not None
    for side in sides:
        member = side.actor
        if member is not None:
            out.extend(_repeats(source, member, known, day, counted, modality, sentence, same_time))
    return out


def _repeats(source: list[ExtractedEvent], actor: Actor, known: list[ExtractedEvent], day: DateMention | None,
             counted: re.Match[str] | None, modality: str | None, sentence: Evidence,
             same_time: bool = False) -> list[ExtractedEvent]:
    """The acts of ``source`` done again by ``actor``, but those the article told of it already
    (``same_time``: done within hours of the act, so on its date)."""
    out: list[ExtractedEvent] = []
    for act in source:
        if act.actor_country == actor.country:
            continue  # "A and B did the same" after A's own act: A is not repeating it
        target, target_name = act.target_country, act.target
        if target == actor.country:  # "Cairo expelled Ankara's envoy and Ankara did the same"
            target, target_name = act.actor_country, act.actor
        if any(e.event_type == act.event_type and e.event_mode == act.event_mode
               and e.actor_country == actor.country and e.target_country == target for e in known):
            continue
        span = (day.span.start, day.span.end, day.span.precision) if day else \
            counted_span(counted, act.date_start, act.date_precision) \
            if counted and act.date_start and act.date_precision != "unknown" else None
        if same_time and act.date_start is not None:
            span = (act.date_start, act.date_end or act.date_start, act.date_precision)
        out.append(replace(
            act, actor=actor.name, actor_country=actor.country, actor_role=actor.role,
            target=target_name, target_country=target,
            place=None, place_country=None, lat=None, lon=None, geo_precision="none",
            date_start=span[0] if span else None, date_end=span[1] if span else None,
            date_precision=span[2] if span else "unknown",
            date_basis=(day.span.basis if day else act.date_basis) if span else "unknown",
            modality=modality or act.modality, quote=None,
            confidence=round(act.confidence * 0.9, 3), evidence=[sentence],
            actor_explicit=actor.explicit))
    return out


def _sides_before(units: list[Unit], text: str, start: int, at: int) -> list[Unit]:
    """The actor named right before the phrase, at most two plain words away, with the actors
    listed before it ("Germany, Spain and Italy"); none when no actor is that close."""
    last = -1
    for k, unit in enumerate(units):
        if unit.end > at:
            break
        if unit.actor is not None and unit.actor.country:
            last = k
    if last < 0 or _GAP.match(text[units[last].end - start:at - start] + " ") is None:
        return []
    return [units[k] for k in _listed_before(units, last)]


def _named(unit: Unit) -> bool:
    return unit.actor is not None and bool(unit.actor.country) and not unit.possessive


def _listed_before(units: list[Unit], last: int) -> list[int]:
    """``last`` with the actors joined to it on its left: "and" right before it, commas further
    left ("A, B and C"); not across a comma before that "and" ("X accused Y, and Z followed suit")."""
    found = [last]
    k = last - 1
    while k >= 1 and _named(units[k - 1]) and (units[k].low == "and" if len(found) == 1 else units[k].text == ","):
        found.insert(0, k - 1)
        k -= 2
    return found


def _said_before(event: ExtractedEvent, text: str, at: int) -> bool:
    trigger = event.evidence[-1].trigger if event.evidence else ""
    return bool(trigger) and 0 <= text.find(trigger) < at


def _latest_act(events: list[ExtractedEvent], country: str, trip: bool) -> list[ExtractedEvent]:
    """The events of the latest other side that acted, one per type, mode and target; for a
    trip, the visit to where that side's latest event took place."""
    acts = [e for e in events if e.actor_country and e.actor_country != country
            and e.event_mode not in _NOT_COPIED and e.modality != "negated"
            and (not trip or e.place_country not in (None, country, e.actor_country))]
    if trip:
        return [_visit_to(acts[-1])] if acts else []
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


def _visit_to(event: ExtractedEvent) -> ExtractedEvent:
    """The visit to the place of ``event`` by its actor."""
    if event.event_type == "visit":
        return event
    code = cameo_for("visit", "unspecified")
    return replace(event, event_type="visit", event_mode="unspecified", cameo_code=code, goldstein=goldstein(code),
                   target=event.place, target_country=event.place_country, stance=None)
