"""Which two sides "the two leaders", "both sides" and "the two governments" stand for next: the
sides of the latest event between two countries, read from the events found so far."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final

from dashboard import gazetteer
from dashboard.extract.actor_makers import describe
from dashboard.extract.model import ExtractedEvent
from dashboard.extract.units import Actor

PAIR_TYPES: Final = ("visit", "meeting", "agreement", "relations")
# How long before publication a pair belongs to the history that "the two leaders" skip.
_HISTORY: Final = timedelta(days=365)
_PEOPLE: Final = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister")


def latest_pair(events: list[ExtractedEvent], published: date | None = None) -> tuple[Actor, Actor] | None:
    """The two sides of the latest visit, meeting, agreement or change in relations between two
    countries: whom "the two leaders" and "both sides" refer to next (never a mediator, who
    is no side, nor one side of a gathering of several). A pair of the article's news comes
    before a pair from its history, more than a year old ("in response to Pelosi's visit to
    Taiwan in 2022"); a story told months back is still the thread the text follows."""
    event = _pair_event(events, published)
    return _sides(events, event) if event is not None else None


def pair_of_states(events: list[ExtractedEvent], published: date | None = None) -> bool:
    """Whether the event ``latest_pair`` reads its pair from names no person as its doer
    ("Armenia agreed to grant the United States ..."): "the two leaders" are then no such pair."""
    event = _pair_event(events, published)
    return event is not None and event.actor_role not in _PEOPLE


def _pair_event(events: list[ExtractedEvent], published: date | None) -> ExtractedEvent | None:
    recent = published - _HISTORY if published is not None and published > date.min + _HISTORY else None
    history: ExtractedEvent | None = None
    for event in reversed(events):
        if _between_two(event) and not _one_of_several(events, event) and not _told_with_talks(events, event):
            if recent is not None and event.date_start is not None and event.date_start < recent:
                history = history or event
                continue
            return _first_of_mirror(events, event)
    return history


def only_pair(events: list[ExtractedEvent]) -> tuple[Actor, Actor] | None:
    """With no visit, meeting, deal or change in relations told yet, the two countries every
    event so far is between ("DOM closed its border with Haiti ... Haiti rejected it. Officials
    from the two countries had met"), in the order the first of them gave; None when the events
    name other countries too, or none."""
    first: ExtractedEvent | None = None
    for event in events:
        if not event.actor_country or not event.target_country or event.actor_country == event.target_country:
            continue
        if first is None:
            first = event
        elif {event.actor_country, event.target_country} != {first.actor_country, first.target_country}:
            return None
    if first is None:
        return None
    return (describe(first.actor_country or "", "leader", first.date_start, False, "leader"),
            describe(first.target_country or "", "leader", first.date_start, False, "leader"))


def may_change_pair(new_events: list[ExtractedEvent]) -> bool:
    """Whether events just found may change the latest pair: when none of them is between two
    countries, the pair read from all events is the one read before them (a test of each event
    and of others from its own sentence, and earlier events do not change)."""
    return any(_between_two(event) for event in new_events)


def _between_two(event: ExtractedEvent) -> bool:
    return (event.event_type in PAIR_TYPES and bool(event.actor_country) and bool(event.target_country)
            and event.actor_country != event.target_country and event.event_mode != "mediation")


def _first_of_mirror(events: list[ExtractedEvent], event: ExtractedEvent) -> ExtractedEvent:
    """"Obama and Castro held talks" gives the talks both ways; the pair keeps the text's order,
    the way of the one told first."""
    start = event.evidence[0].char_start if event.evidence else None
    for other in events:
        if other is event:
            return event
        if (other.event_type == event.event_type and other.actor_country == event.target_country
                and other.target_country == event.actor_country and other.evidence
                and other.evidence[0].char_start == start):
            return other
    return event


def _sides(events: list[ExtractedEvent], event: ExtractedEvent) -> tuple[Actor, Actor]:
    partner = _co_actor(events, event)
    if partner is not None:  # the latest event is the second doer's: the one named before it comes first
        return partner, describe(event.actor_country or "", "leader", event.date_start, False, "leader")
    actor = (Actor(name=event.actor or "", country=event.actor_country or "", role=event.actor_role, kind="person")
             if event.actor_role in _PEOPLE else describe(event.actor_country or "", "leader", event.date_start,
                                                          False, "leader"))
    return actor, _target_person(event) or describe(event.target_country or "", "leader", event.date_start, False, "leader")


def _target_person(event: ExtractedEvent) -> Actor | None:
    """The person the event names as its other side ("talks with Hakan Fidan"), so that "the two
    ministers" next are the two who met, not the other country's head of state."""
    name, code = event.target, event.target_country
    if not name or not code or name == gazetteer.country_name(code) or "'s " in name or " " not in name:
        return None
    return Actor(name=name, country=code, role="", kind="person")


def _told_with_talks(events: list[ExtractedEvent], event: ExtractedEvent) -> bool:
    """A visit whose sentence also tells talks or a deal of the same two countries, which name
    the sides in the text's order ("Wang Yi held talks with Iwaya, who is visiting Beijing")."""
    if event.event_type != "visit" or not event.evidence:
        return False
    sides, start = {event.actor_country, event.target_country}, event.evidence[0].char_start
    return any(other.event_type in ("meeting", "agreement") and {other.actor_country, other.target_country} == sides
               and other.evidence and other.evidence[0].char_start == start for other in events)


def _co_actor(events: list[ExtractedEvent], event: ExtractedEvent) -> Actor | None:
    """"Finland and Sweden applied to join NATO ... the two governments": when the same sentence
    gave one other country the same act toward the same target, the pair is the two doers."""
    sentence = event.evidence[0].char_start if event.evidence else None
    others = {other.actor_country for other in events
              if other.event_type == event.event_type and other.event_mode == event.event_mode
              and other.target_country == event.target_country and other.actor_country
              and other.actor_country not in (event.actor_country, event.target_country)
              and other.evidence and other.evidence[0].char_start == sentence}
    if len(others) != 1:
        return None
    return describe(others.pop(), "leader", event.date_start, False, "leader")


def _one_of_several(events: list[ExtractedEvent], event: ExtractedEvent) -> bool:
    """Whether the same sentence gave the event's actor the same kind of event with two or more
    other countries ("agreed to invite Egypt, Iran and ..."), or three or more actors the same
    kind of event with its target. Mediators are no sides: "met in talks mediated by France and
    Germany" is still a pair."""
    sentence = event.evidence[0].char_start if event.evidence else None
    alike = [other for other in events if other.event_type == event.event_type and other.event_mode != "mediation"
             and other.evidence and other.evidence[0].char_start == sentence]
    targets = {other.target_country for other in alike
               if other.actor_country == event.actor_country and other.target_country}
    # "joined A, B and C in cutting ties with Qatar": one of several doers, no pair either
    actors = {other.actor_country for other in alike
              if other.target_country == event.target_country and other.actor_country}
    return len(targets) > 1 or len(actors) > 2
