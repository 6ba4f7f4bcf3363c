"""A judgement of an act told by any noun: "Peskov called the destroyer's course a provocation",
"Briceno called the exclusions inexcusable". A call verb whose judging word (``censure`` or
``acclaim``) is read after a definite noun phrase judges the latest act, as "called it" does."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frame import Frame
from dashboard.extract.frames import SentenceFrames

_DEFINITE: Final = frozenset({"the", "this", "that", "these", "those"})
_JUDGING: Final = frozenset({"censure", "acclaim"})


def judged_noun(sf: SentenceFrames, frame: Frame) -> str:
    """"*" (the latest act) when a call verb's object is a definite noun phrase that names no
    actor: "the destroyer's course", "the exclusions"; else ""."""
    if frame.spec.object_class not in _JUDGING or frame.spec.pos != "verb":
        return ""
    first = frame.trigger_index + 1
    if first >= len(sf.units) or sf.units[first].low not in _DEFINITE:
        return ""
    judging = sf.lexicon.word_classes.get(frame.spec.object_class, frozenset())
    for k in range(first + 1, min(len(sf.units), first + 5)):
        unit = sf.units[k]
        if unit.actor is not None and not unit.possessive:
            return ""  # "called the Russian leader a killer": a person, not an act
        if k > first + 1 and (unit.low in ("as", "a", "an", '"') or unit.low in judging):
            return "*"
    return ""
