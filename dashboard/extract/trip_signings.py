"""Deals signed on a trip: "the contract was signed during Erdogan's visit to Baku", "French
firms signed deals during the visit", "Erdogan visited Baku, where the two sides signed a pact":
a signing tied to a visit the sentence tells, with no sides of its own, is between the visitor
and the host, where and when the visit was. Talks do the same ("held talks with Modi as the two
governments signed ..."), but not a mediation: the mediator is no side of the deal."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from dashboard.extract.lower_case import lower_case
from dashboard.extract.model import Evidence, ExtractedEvent
from dashboard.schema import cameo_for, goldstein

# "signed ... during / when / on a visit": the trip comes after the signing, within its clause.
_SIGNED_ON_TRIP: Final = re.compile(
    r"\b(?:signed|inked)\b[^;:.]{0,80}?\b(?:during|when|while|on an?|on (?:his|her|their))\b(?P<trip>[^;:]{0,70})",
    re.IGNORECASE)
# "visited Male, where the two sides signed ...": the signing told after the trip.
_SIGNED_AFTER: Final = re.compile(
    r"[^;:]{0,100}?(?:,\s*(?:when|where|during which|at which|in which|after which)|\s+as)\b[^;:,]{0,40}?\b(?:signed|inked)\b",
    re.IGNORECASE)

# Any signing verb: the sentence's cue, tried only once a trip of two sides was told.
_SIGNED: Final = re.compile(r"\b(?:signed|inked)\b", re.IGNORECASE)

# The events whose sides sign: a visitor and its host, the two sides of talks.
_TRIPS: Final = frozenset({"visit", "meeting"})


def trip_signings(text: str, events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """A signing by each visitor with its host for each visit the sentence's signing is tied to
    (none when the sentence already tells a deal)."""
    visits = [visit for visit in events if _trip_of_two(visit)]
    if not visits or any(e.event_type == "agreement" for e in events) or not _signs(text):
        return []  # most sentences: no pattern search (ignoring case, it tries every position)
    low = lower_case(text)
    signed = []
    for visit in visits:
        word = visit.evidence[0].trigger.lower()
        if word and _tied(low, word):
            signed.append(_signing_of(visit))
    return signed


def _signs(text: str) -> bool:
    """Whether the text has a signing verb; ASCII text is searched only when its lower case
    holds one (the case-blind pattern can match nothing else there)."""
    if text.isascii():
        low = lower_case(text)
        if "signed" not in low and "inked" not in low:
            return False
    return _SIGNED.search(text) is not None


def _trip_of_two(visit: ExtractedEvent) -> bool:
    """Whether ``visit`` is a visit or talks between two countries a signing may be tied to."""
    return visit.event_type in _TRIPS and bool(visit.actor_country) and bool(visit.target_country) \
        and visit.actor_country != visit.target_country and bool(visit.evidence) \
        and visit.event_mode != "mediation"  # a mediator signs nothing


def _tied(low: str, word: str) -> bool:
    """Whether the visit told by ``word`` is the trip of a signing in the sentence."""
    for found in _SIGNED_ON_TRIP.finditer(low):
        if word in found.group("trip"):
            return True
    start = low.find(word)
    while start >= 0:
        if _SIGNED_AFTER.match(low, start + len(word)):
            return True
        start = low.find(word, start + 1)
    return False


def _signing_of(visit: ExtractedEvent) -> ExtractedEvent:
    """The visit as a signing between its visitor and host."""
    code = cameo_for("agreement", "sign")
    evidence = [Evidence(e.sentence, e.char_start, e.char_end, "signed") for e in visit.evidence]
    return replace(visit, event_type="agreement", event_mode="sign", cameo_code=code, goldstein=goldstein(code),
                   stance=None, confidence=round(visit.confidence * 0.9, 3), evidence=evidence)
