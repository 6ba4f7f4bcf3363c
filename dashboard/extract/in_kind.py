"""A reply in kind: "Cairo asked the Turkish ambassador to leave and Ankara responded in kind",
"Japan imposed sanctions on Seoul. South Korea retaliated in kind": the reply is the act it
answers, by the other side, not a remark. The statement the reply verb makes becomes that act."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from dashboard.extract.model import ExtractedEvent

_IN_KIND: Final = re.compile(r"\b(?:respond|replied|reply|replie|retaliat|reciprocat|answer)\w*\s+in\s+kind\b",
                             re.IGNORECASE)
_REPLY_VERB: Final = re.compile(r"^(?:respond|repl|retaliat|reciprocat|answer)", re.IGNORECASE)
_ANSWERED_TYPES: Final = frozenset({"relations", "sanction"})


def answered_in_kind(text: str, events: list[ExtractedEvent], earlier: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """The sentence's events with each reply-in-kind statement turned into the act it answers:
    the latest act of the replying side's target against it, told in this sentence or before."""
    if not any(_is_reply(event) for event in events) or _IN_KIND.search(text) is None:
        return events  # most sentences: no reply verb, so no pattern search (ignoring case, it tries every position)
    out: list[ExtractedEvent] = []
    for k, event in enumerate(events):
        act = _answered(event, events[:k] + earlier[::-1]) if _is_reply(event) else None
        if act is None:
            out.append(event)
            continue
        home = event.actor_country if act.place_country == act.actor_country else None
        out.append(replace(act, actor=event.actor, actor_country=event.actor_country, actor_role=event.actor_role,
                           target=act.actor, target_country=act.actor_country, place=None, place_country=home,
                           lat=None, lon=None, geo_precision="none", date_start=event.date_start,
                           date_end=event.date_end, date_precision=event.date_precision, date_basis=event.date_basis,
                           modality=event.modality, confidence=round(act.confidence * 0.9, 3),
                           evidence=list(event.evidence)))
    return out


def _is_reply(event: ExtractedEvent) -> bool:
    """A statement whose trigger is the reply verb ("responded", "retaliated")."""
    return event.event_type == "statement" and any(_REPLY_VERB.match(e.trigger) for e in event.evidence)


def _answered(reply: ExtractedEvent, candidates: list[ExtractedEvent]) -> ExtractedEvent | None:
    """The act the reply answers: by the reply's target against the replying side, nearest first."""
    for act in candidates:
        if act.event_type in _ANSWERED_TYPES and act.actor_country == reply.target_country \
                and act.target_country == reply.actor_country and reply.actor_country is not None:
            return act
    return None
