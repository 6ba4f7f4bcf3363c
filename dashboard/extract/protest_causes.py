"""The cause a measure answers: "recalled their envoys in protest at Qatar's interference in their
affairs", "expelled ten diplomats in retaliation for what Washington said was the Kremlin's
election interference", "expelled Spain's ambassador in protest at recent EU sanctions". The
cause names another side's act: interference is an accusation by the measure's side at its
owner; sanctions with no target of their own fall on the measure's side."""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from dashboard.extract.model import Evidence, ExtractedEvent
from dashboard.extract.units import Actor, Unit
from dashboard.schema import MODE_STANCE, cameo_for, goldstein

# The noun of a cause phrase and the prepositions that may follow it ("in protest at").
_CUES: Final = {"protest": ("at", "against", "over"), "retaliation": ("for", "against"),
                "response": ("to",), "reaction": ("to",)}
# What the cause's noun is as an event: (type, mode, whether the owner acts).
_ACTS: Final = {"interference": ("statement", "accusation"), "meddling": ("statement", "accusation"),
                "sanctions": ("sanction", "impose")}
_MEASURES: Final = frozenset({("relations", "expel"), ("relations", "recall"), ("relations", "break"),
                              ("relations", "close"), ("sanction", "impose")})
# Words before the owner: "recent", "what Washington said was the".
_LEAD: Final = frozenset({"the", "recent", "new", "latest", "alleged", "continued", "repeated"})
_REPORTED: Final = frozenset({"was", "is", "were", "called", "calls", "as"})
_MODIFIERS: Final = 2  # words between the owner and the noun: "the Kremlin's U.S. election interference"


def names_a_cause(low: str) -> bool:
    """Whether a lower-cased sentence holds a cause noun at all (most do not)."""
    return any(word in low for word in _CUES)


def protest_causes(units: list[Unit], events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """The act of another side a measure of the sentence answers, by the cause phrase after it."""
    if not any(unit.low in _CUES for unit in units):
        return []  # most sentences
    made: list[ExtractedEvent] = []
    for k, unit in enumerate(units):
        if not _opens_cause(units, k):
            continue
        start = k + 2 if k + 1 < len(units) and units[k + 1].low in _CUES[unit.low] else k + 1
        found = _owned_act(units, start)
        if found is None:
            continue
        owner, noun = found
        measures = [e for e in events if _is_measure(e) and e.evidence
                    and e.evidence[0].char_start <= unit.start and e.actor_country != owner.country]
        for measure in {e.actor_country: e for e in measures}.values():
            event = _act(measure, owner, noun)
            if not any(_same(event, e) for e in (*events, *made)):
                made.append(event)
    return made


def _opens_cause(units: list[Unit], k: int) -> bool:
    """Whether ``k`` is the noun of "in protest at", "in response to" (also "as a response to")
    or the verb of "to protest"."""
    preps = _CUES.get(units[k].low)
    if preps is None or k == 0:
        return False
    if units[k].low == "protest" and units[k - 1].low == "to":
        return True
    before = units[k - 1].low
    return (before == "in" or (before == "a" and k >= 2 and units[k - 2].low == "as")) \
        and k + 1 < len(units) and units[k + 1].low in preps


def _owned_act(units: list[Unit], start: int) -> tuple[Actor, Unit] | None:
    """The owner and noun of the act named from ``start``: "Qatar's interference", "recent EU
    sanctions" (with no target of their own), "what X said was the Kremlin's interference"."""
    j = start
    if j < len(units) and units[j].low == "what":
        j = next((i + 1 for i in range(j + 1, min(len(units), j + 7)) if units[i].low in _REPORTED), -1)
        if j < 0:
            return None
    while j < len(units) and units[j].low in _LEAD:
        j += 1
    owner = units[j].actor if j < len(units) else None
    if owner is None or not owner.country:
        return None
    for i in range(j + 1, min(len(units), j + 2 + _MODIFIERS)):
        if units[i].low in _ACTS:
            if units[i].low == "sanctions" and i + 1 < len(units) and units[i + 1].low in ("on", "against"):
                return None  # "sanctions on a Macau bank": the sanctions have a target of their own
            return owner, units[i]
        if not units[i].text[:1].isalnum() or units[i].low in ("and", "or", "of", "in", "to", "that"):
            return None
    return None


def _is_measure(event: ExtractedEvent) -> bool:
    return (event.event_type, event.event_mode) in _MEASURES and event.modality == "asserted" \
        and bool(event.actor_country)


def _act(measure: ExtractedEvent, owner: Actor, noun: Unit) -> ExtractedEvent:
    """The cause's act between the owner and the measure's side, told where the measure is."""
    kind, mode = _ACTS[noun.low]
    cameo = cameo_for(kind, mode)
    evidence = [Evidence(e.sentence, e.char_start, e.char_end, noun.text) for e in measure.evidence]
    actor: str | None
    actor_country: str | None
    target: str | None
    target_country: str | None
    if kind == "statement":  # the measure's side accuses the owner
        actor, actor_country, target, target_country = \
            measure.actor, measure.actor_country, owner.name, owner.country
    else:  # the owner's sanctions fall on the measure's side
        actor, actor_country, target, target_country = \
            owner.name, owner.country, measure.actor, measure.actor_country
    return replace(measure, event_type=kind, event_mode=mode, cameo_code=cameo, goldstein=goldstein(cameo),
                   actor=actor, actor_country=actor_country, target=target, target_country=target_country,
                   actor_role=None, target_basis="other role", place=None, place_country=None, lat=None,
                   lon=None, geo_precision="none", stance=MODE_STANCE.get(mode, "neutral"), quote=None,
                   confidence=round(measure.confidence * 0.8, 3), evidence=evidence)


def _same(event: ExtractedEvent, other: ExtractedEvent) -> bool:
    return (event.event_type, event.actor_country, event.target_country) == \
        (other.event_type, other.actor_country, other.target_country)
