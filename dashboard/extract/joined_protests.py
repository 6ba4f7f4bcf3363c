"""A protest joined to a measure: "Pakistan condemned the strike and recalled its ambassador from
Tehran", "condemned what it called an act of aggression and announced that they were recalling
their ambassadors from Algeria": a condemnation that names nobody, told in one clause with a
measure of the same side, is aimed at whom the measure hits."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from dashboard.extract.lower_case import lower_case
from dashboard.extract.model import Evidence, ExtractedEvent
from dashboard.schema import cameo_for, goldstein

_PROTEST: Final = re.compile(r"\b(?:condemn|denounc|deplor|criticis|criticiz)(?:ed|ing|es|e|s)?\b")
_STEMS: Final = ("condemn", "denounc", "deplor", "critici")
# What ends the protest's clause before the measure, or gives the measure another subject.
_BREAK: Final = re.compile(r"[;:.]|\b(?:but|while|after|before|because|when|which|who|whom|whose|since)\b")
_MEASURES: Final = frozenset({("relations", "expel"), ("relations", "recall"), ("relations", "break"),
                              ("relations", "close"), ("sanction", "impose"), ("sanction", "extend")})
_REACH: Final = 160  # how far (characters) the measure may stand after the protest verb


def joined_protests(text: str, events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """A criticism by each side of a measure joined to a protest verb before it, at the
    measure's target (none for a side the sentence already gives a statement)."""
    measures = [measure for measure in events if _measure_between_two(measure)]
    if not measures:
        return []  # most sentences: no lowering nor pattern search
    low = lower_case(text)
    if not any(stem in low for stem in _STEMS):
        return []  # the pattern needs one of its stems
    verbs = list(_PROTEST.finditer(low))
    if not verbs:
        return []
    speakers = {e.actor_country for e in events if e.event_type == "statement"}
    protests: list[ExtractedEvent] = []
    for measure in measures:
        if measure.actor_country in speakers:
            continue
        word = measure.evidence[0].trigger.lower()
        verb = next((v for v in verbs if word and _joined(low, v.end(), word)), None)
        if verb is not None:
            speakers.add(measure.actor_country)
            protests.append(_protest_of(measure, verb.group()))
    return protests


def _measure_between_two(measure: ExtractedEvent) -> bool:
    """Whether ``measure`` is an asserted measure of one country against another."""
    return (measure.event_type, measure.event_mode) in _MEASURES and measure.modality == "asserted" \
        and bool(measure.actor_country) and bool(measure.target_country) and bool(measure.evidence) \
        and measure.actor_country != measure.target_country


def _joined(low: str, start: int, word: str) -> bool:
    """Whether the measure's trigger ``word`` follows the protest verb ending at ``start`` in its
    clause, joined by "and" or a comma."""
    at = low.find(word, start)
    if at < 0 or at - start > _REACH:
        return False
    between = low[start:at]
    return _BREAK.search(between) is None and (" and " in between or "," in between)


def _protest_of(measure: ExtractedEvent, verb: str) -> ExtractedEvent:
    """The measure's sides as a criticism, told where the measure is."""
    code = cameo_for("statement", "criticism")
    evidence = [Evidence(e.sentence, e.char_start, e.char_end, verb) for e in measure.evidence]
    return replace(measure, event_type="statement", event_mode="criticism", cameo_code=code,
                   goldstein=goldstein(code), stance="negative", place=None, place_country=None,
                   lat=None, lon=None, geo_precision="none",
                   confidence=round(measure.confidence * 0.8, 3), evidence=evidence)
