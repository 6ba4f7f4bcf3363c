"""Measures, ruptures and charges aimed at "its neighbour": "imposed a trade embargo on its
landlocked neighbour", "banning all imports from its neighbour", "accused its neighbour of". The
target is a country that shares a land border with the actor, named in the sentence first, else
in the events told before (as for troops sent across an unnamed border, ``crossings.py``)."""

from __future__ import annotations

from typing import Final

from dashboard import gazetteer
from dashboard.extract.actor_makers import state_actor
from dashboard.extract.context import SentenceContext
from dashboard.extract.crossings import neighbour_across
from dashboard.extract.frame import Frame
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.units import Actor
from dashboard.extract.words import POSSESSIVE_PRONOUNS

_NEIGHBOURS: Final = frozenset({"neighbour", "neighbor"})
_TYPES: Final = frozenset({"sanction", "relations", "statement"})
_REACH: Final = 10  # how far after the trigger (or its support verb) the neighbour is looked for
_BETWEEN: Final = 2  # plain words allowed between the pronoun and "neighbour": "its landlocked"


def aimed_at_neighbour(sf: SentenceFrames, frame: Frame) -> bool:
    """Whether a sanction, relations or statement frame's object, after its trigger, is "its
    (...) neighbour" (not "neighbours", which is several, nor a neighbour named by a country)."""
    if frame.spec.event_type not in _TYPES:
        return False
    start = frame.trigger_index if frame.support_index is None else min(frame.trigger_index, frame.support_index)
    units = sf.units
    for k in range(start + 1, min(len(units), start + _REACH)):
        unit = units[k]
        if unit.text in ".;:!?,":
            return False
        if unit.low not in POSSESSIVE_PRONOUNS:
            continue
        for j in range(k + 1, min(len(units), k + 2 + _BETWEEN)):
            word = units[j]
            if word.low in _NEIGHBOURS:
                return True
            if word.actor is not None or not word.low.isalpha():
                break  # "its Russian neighbour" names the country; "its neighbour's" is another's
        return False
    return False


def neighbour_aimed_at(ctx: SentenceContext, actors: list[Actor]) -> list[Actor]:
    """The actor's neighbour named in the sentence or the events told before, else the one
    neighbour of the actor's that the article has named at all."""
    found = neighbour_across(ctx, actors)
    if found:
        return found
    own = {actor.country for actor in actors if actor.country}
    near = {code for side in own for code in gazetteer.neighbours(side)} - own
    named = sorted(near & ctx.codes_seen)
    return [state_actor(named[0])] if len(named) == 1 else []
