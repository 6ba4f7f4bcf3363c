"""Guests present at an act: "The memorandum was signed in Tunis in the presence of A, B and C"
is a trip by each guest from another country to the place the sentence names for the act (not
talks with the signers, who are no hosts)."""

from __future__ import annotations

from typing import Final

from dashboard.extract.actor_makers import state_of
from dashboard.extract.attendance import scene_place
from dashboard.extract.frame import Frame
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.hosted_gatherings import held_remotely
from dashboard.extract.lexicon import TriggerSpec
from dashboard.extract.sent_officials import sent_travellers
from dashboard.extract.words import BOUNDARY_PUNCT, CLAUSE_WORDS, RELATIVE_PRONOUNS

PRESENCE: Final = "in the presence of"
PRESENT_GUEST: Final = "present_guest"
_PEOPLE: Final = frozenset({"person", "description"})


def _guests(sf: SentenceFrames, index: int) -> list[int]:
    """The people listed after the trigger at ``index`` ("of the President of the Commission, A,
    the Prime Minister of Italy, B, and C"), up to the end of the clause."""
    found: list[int] = []
    for k in range(index + 1, len(sf.units)):
        unit = sf.units[k]
        if unit.text in BOUNDARY_PUNCT or unit.text == "." or unit.low in CLAUSE_WORDS or unit.low in RELATIVE_PRONOUNS \
                or any(spec.pos == "verb" for spec in unit.triggers()):
            break
        actor = unit.actor
        if actor is not None and actor.kind in _PEOPLE and not actor.plural and not unit.possessive and actor.country:
            found.append(k)
    return found


def has_guests(sf: SentenceFrames, index: int) -> bool:
    """Whether "in the presence of" at ``index`` names a person present."""
    return bool(_guests(sf, index))


def present_guests(sf: SentenceFrames, index: int, spec: TriggerSpec, frame: Frame) -> tuple[list[int], list[int]]:
    """The travellers and destination of a trip trigger at ``index``; for "in the presence of",
    the people named after it whose country is not the one of the place named before it, none
    when the sentence names no place or tells the act held by video."""
    if spec.phrase != PRESENCE:
        return sent_travellers(sf, index, spec, frame)
    frame.mode = spec.event_mode  # several guests' countries make no summit here
    place = scene_place(sf.units[:index])
    if place is None or held_remotely(sf.units):
        return [], []
    guests = [k for k in _guests(sf, index) if state_of(sf.units[k]).country != place.place_country]
    return (guests, [sf.units.index(place)]) if guests else ([], [])
