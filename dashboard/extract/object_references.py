"""A statement verb's object that names no country yet points at one.

"Peskov called the destroyer's course a provocation", "described the conversation as
excellent": a call verb whose judging word (``censure`` or ``acclaim``) follows a definite noun
phrase judges the latest act, as "called it" does. "Kigali accused its neighbour of arming the
rebels", "called on its neighbour to ...": a side named by its relation to the speaker is the other side
of the speaker's latest dealings."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frame import Frame
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.words import POSSESSIVE_PRONOUNS

_DEFINITE: Final = frozenset({"the", "this", "that", "these", "those"})
_JUDGING: Final = frozenset({"censure", "acclaim"})
_RELATIONS: Final = frozenset({"neighbour", "neighbor", "host", "hosts", "counterpart", "counterparts",
                               "guest", "guests"})


def object_reference(sf: SentenceFrames, frame: Frame) -> str:
    """The Frame.referenced_type the object of a statement verb with no target gives: "*" (the
    latest act) for a judged noun, "addressee" for a relation; else ""."""
    if frame.spec.event_type != "statement" or frame.spec.pos != "verb":
        return ""
    return judged_noun(sf, frame) or relation_named(sf, frame)


def judged_noun(sf: SentenceFrames, frame: Frame) -> str:
    """"*" when a call verb's object is a definite noun phrase that names no actor: "the
    destroyer's course", "the exclusions"; else ""."""
    if frame.spec.object_class not in _JUDGING:
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


def relation_named(sf: SentenceFrames, frame: Frame) -> str:
    """"addressee" when the object is "its neighbour", "his hosts" or the like (not "his
    Turkish counterpart", which names the country itself); else ""."""
    k = frame.trigger_index
    if k > 0 and sf.units[k - 1].text == "," and sf.units[k].low.endswith("ing"):
        return ""  # ", accusing its neighbour of ...": the main clause's act says whom (triggers.py)
    k += 1
    if k + 1 >= len(sf.units) or sf.units[k].low not in POSSESSIVE_PRONOUNS or sf.units[k + 1].low not in _RELATIONS:
        return ""
    return "addressee"
