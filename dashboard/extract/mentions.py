"""Repeated mentions of one event within an article, joined into one ("Putin met Kim" and
later "the meeting with Kim"), and the fragments that joined nothing dropped."""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from dashboard import gazetteer
from dashboard.extract.also import said_to_be_another
from dashboard.extract.clustering import refinements, same_event
from dashboard.extract.document_kinds import other_document
from dashboard.extract.earlier_spans import earlier_than_news
from dashboard.extract.headline_tellings import tells_headline
from dashboard.extract.listed_deals import is_listed
from dashboard.extract.model import ExtractedEvent
from dashboard.extract.mutual_breaks import broken_from_each_side
from dashboard.extract.numbered_sessions import numbered_apart
from dashboard.extract.paired_dates import dated_apart
from dashboard.extract.same_trips import same_trip
from dashboard.extract.speakers import other_speaker
from dashboard.extract.target_needs import (
    REQUIRES_TARGET,
    REQUIRES_TARGET_MODES,
    SEVERAL,
)

# Modes that say less than another mention of the same event may ("talks" beside "a state visit").
_GENERIC_MODES: Final = frozenset({"unspecified", "talks", "comment"})


def is_complete(event: ExtractedEvent) -> bool:
    """An event worth reporting: a known actor, and a target where the type needs one."""
    if event.actor_country is None:
        return False
    if event.target_country is not None or event.target_basis == SEVERAL:
        return True  # asked of every pair merged: the cheap tests first, no tuple made
    return event.event_type not in REQUIRES_TARGET and (event.event_type, event.event_mode) not in REQUIRES_TARGET_MODES


def merge_within_article(events: list[ExtractedEvent], headline_end: int = -1) -> list[ExtractedEvent]:
    """Join repeated mentions of one event; drop fragments that joined nothing. The first
    mention of each event takes in the later ones (in place: these are the article's own).
    ``headline_end``: where the headline ends, when the text opens with one (-1: none)."""
    merged: list[ExtractedEvent] = []
    of_type: dict[str, list[ExtractedEvent]] = {}  # the merged events by type, in the same order
    for event in events:
        same_type = of_type.setdefault(event.event_type, [])
        for existing in same_type:
            # A fragment ("Putin's trip", "the meeting with Kim") joins an event named before
            # it; an event is never completed from a later, different one.
            if (_actor_may_match(existing, event) and is_complete(existing)
                    and (tells_headline(existing, event, headline_end) or same_trip(existing, event)
                         or (same_event(existing, event, same_article=True) or _one_utterance(existing, event)
                             or _one_mediation(existing, event) or _plan_of_that_day(existing, event))
                         and not other_speaker(existing, event))
                    and not _different_people_met(existing, event) and not _apart(existing, event)
                    and not broken_from_each_side(existing, event)):
                absorb(existing, event)
                break
        else:
            merged.append(event)
            same_type.append(event)
    return [event for event in merged if is_complete(event)]


def _actor_may_match(existing: ExtractedEvent, event: ExtractedEvent) -> bool:
    """False only when the later event's actor can be neither side of the earlier one: a quick
    test before clustering's (which allows a missing side, and either order for pairs)."""
    code = event.actor_country
    return (code is None or existing.actor_country is None or code == existing.actor_country
            or existing.target_country is None or code == existing.target_country)


# Speech acts a second verb of a sentence performs on their own: a warning, a denial, a demand.
_OWN_ACTS: Final = frozenset({"threat", "denial", "demand"})
# Two acts of one sentence: a judgement and an appeal ("condemned the launch and urged Pyongyang
# to return to talks", "voiced concern over the violence and called on the army to end it"),
# backing and praise ("said it would stand with Taiwan and praised the island as a friend").
_JUDGED_AND_URGED: Final = (frozenset({"appeal", "criticism"}), frozenset({"appeal", "concern"}),
                            frozenset({"support", "praise"}))


def _one_utterance(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    """"The White House said the test was regrettable and that it was ready for talks": two
    statements of one speaker to one target in one sentence are one statement (the first mode
    stands), unless the second is an act of its own (a warning, a denial, a demand), an appeal
    after a judgement, or praise beside backing."""
    if not (a.event_type == b.event_type == "statement" and a.actor_country == b.actor_country
            and a.target_country is not None and a.target_country == b.target_country
            and bool(a.evidence) and bool(b.evidence) and a.evidence[0].char_start == b.evidence[0].char_start):
        return False  # most pairs: tested first, before a set is made of their modes
    if a.event_mode != b.event_mode and (a.event_mode in _OWN_ACTS or b.event_mode in _OWN_ACTS):
        return False  # "condemned the move and said it would not go unanswered": a warning of its own
    # "voiced concern and urged Chile to show restraint": a worry and an appeal
    return frozenset({a.event_mode, b.event_mode}) not in _JUDGED_AND_URGED


_TEXT_DATED: Final = frozenset({"stated", "relative"})


def _plan_of_that_day(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    """"Biden welcomed Yoon to the White House today" and "will host him at a State Dinner this
    evening": a deed and a plan of the same sides that the text puts on the same day are one
    event (the first mention's modality stands, as its other fields do)."""
    if a.event_type not in ("visit", "meeting") or {a.modality, b.modality} != {"planned", "asserted"} or a.date_start is None or a.date_start != b.date_start:
        return False
    if not (a.date_precision == b.date_precision == "day" and a.date_basis in _TEXT_DATED and b.date_basis in _TEXT_DATED):
        return False
    return same_event(a, replace(b, modality=a.modality), same_article=True)


def _one_mediation(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    """"Kuwaiti mediators handed Doha a list" and later "Kuwait had mediated since the crisis
    began": one mediator between the same sides is one role in an article, whatever the dates."""
    return (a.event_mode == b.event_mode == "mediation" and a.modality == b.modality
            and a.actor_country is not None and a.actor_country == b.actor_country
            and a.target_country is not None and a.target_country == b.target_country)


def _people(event: ExtractedEvent) -> frozenset[str] | None:
    """The two sides of a meeting when both are named people, else None."""
    actor, target = event.actor, event.target
    actor_code, target_code = event.actor_country, event.target_country
    if not (actor and target and actor_code and target_code):
        return None
    if any(name == gazetteer.country_name(code) or "'s " in name
           for name, code in ((actor, actor_code), (target, target_code))):
        return None
    return frozenset((actor, target))


def _different_people_met(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    """"Blinken met Qin Gang on Sunday" and "Blinken met Xi on Monday": two meetings between the
    same countries, told apart by who sat at the table."""
    if a.event_type != "meeting":
        return False
    people_a, people_b = _people(a), _people(b)
    return people_a is not None and people_b is not None and people_a != people_b


_DATED_SIDES: Final = ("stated", "relative")


def _apart(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    """Talks or deals between the same sides that the text itself puts on two different days
    ("a dinner on Monday", "the summit on Tuesday") or in two different countries are two events
    (a visit, which lasts days and moves between cities, stays one). Sanctions on the same
    country that the text puts on two days ("On February 22, Treasury designated ...", "On
    February 25, ...") are rounds of measures, told apart by the day alone."""
    if (said_to_be_another(b) and not same_trip(a, b)) or (is_listed(a) and is_listed(b)):  # "- Treaty ...;" and "- Memorandum ...": two
        return True
    if dated_apart(a, b):  # "hosted two rounds of talks in July and August"
        return True
    if earlier_than_news(a, b) or earlier_than_news(b, a):  # "earlier this month" beside today's news
        return True
    if other_document(a, b):  # "signed a treaty" and "signed a memorandum": two papers
        return True
    if numbered_apart(a, b):  # "the talks" and later "co-chaired the 2nd meeting of the Joint Commission"
        return True
    if a.event_type == "sanction":
        return (a.date_precision == b.date_precision == "day" and a.date_basis in _DATED_SIDES
                and b.date_basis in _DATED_SIDES and a.date_start != b.date_start)
    if a.event_type not in ("meeting", "agreement"):
        return False
    # ministers initialling a text and leaders signing another are two steps, told apart by the
    # mode; in one sentence ("agreed to revive an accord signed in 2001") they are one mention
    if a.event_type == "agreement" and a.event_mode != b.event_mode and not _same_sentence(a, b):
        return True
    if a.place_country and b.place_country and a.place_country != b.place_country:
        return True
    return (a.date_precision == b.date_precision == "day" and a.date_basis in _DATED_SIDES
            and b.date_basis in _DATED_SIDES and a.date_start != b.date_start)


def _same_sentence(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    """Whether two events were first told in the same sentence."""
    return bool(a.evidence) and bool(b.evidence) and a.evidence[0].char_start == b.evidence[0].char_start


def absorb(into: ExtractedEvent, other: ExtractedEvent) -> None:
    """Fold another mention of the same event into ``into``, keeping the best of each field."""
    reversed_pair = (into.actor_country is not None and into.actor_country == other.target_country
                     and into.actor_country != other.actor_country)
    if reversed_pair:
        # the other mention's actor, a side its sentence names, becomes its target
        other = replace(other, actor=other.target, actor_country=other.target_country,
                        actor_role=None, target=other.actor, target_country=other.actor_country,
                        target_basis="stated" if other.actor_country else "none")
    if into.actor_country is None or (other.actor_country == into.actor_country
                                      and other.actor_explicit and not into.actor_explicit):
        # a missing actor is filled; a named mention beats one reached through a pronoun
        into.actor, into.actor_country = other.actor, other.actor_country
        into.actor_role = other.actor_role or into.actor_role
        into.actor_explicit = other.actor_explicit
    if into.target_country is None and other.target_country is not None:
        into.target, into.target_country, into.target_basis = other.target, other.target_country, other.target_basis
    elif (into.event_type in ("visit", "meeting") and other.target_country == into.target_country
          and other.target and into.target == _country_like(into)):
        into.target = other.target
    for name, value in refinements(into, other).items():
        setattr(into, name, value)
    if _earlier_day_of_visit(into, other) and into.date_start and other.date_start:
        into.date_end = max(into.date_end or into.date_start, other.date_end or other.date_start)
        into.date_start, into.date_basis = other.date_start, other.date_basis
    if into.event_mode in _GENERIC_MODES and other.event_mode not in _GENERIC_MODES:
        into.event_mode, into.cameo_code, into.goldstein = other.event_mode, other.cameo_code, other.goldstein
    into.stance = into.stance or other.stance
    seen = {evidence.char_start for evidence in into.evidence}
    extra = [evidence for evidence in other.evidence if evidence.char_start not in seen]
    into.evidence.extend(extra)
    into.confidence = round(min(0.95, max(into.confidence, other.confidence) + 0.03 * len(extra)), 3)


def _earlier_day_of_visit(visit: ExtractedEvent, other: ExtractedEvent) -> bool:
    """Whether another mention of a visit names an earlier day the text states ("arrived on
    Wednesday" after "held talks on Thursday, during a state visit"): a visit is dated by its
    first day."""
    return (visit.event_type == "visit" and visit.date_precision == other.date_precision == "day"
            and other.date_basis in ("stated", "relative") and visit.date_start is not None
            and other.date_start is not None and other.date_start < visit.date_start)


def _country_like(event: ExtractedEvent) -> str | None:
    return gazetteer.country_name(event.target_country) if event.target_country else None
