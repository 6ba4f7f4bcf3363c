"""Talks of one side with no partner named: "Somalia went to court after talks on the boundary
failed", told after talks between Somalia and Kenya, were with Kenya, the other side of the
article's latest pair."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dashboard.extract.actor_makers import state_actor
from dashboard.extract.words import PREPOSITIONS, TIME_WORDS

if TYPE_CHECKING:
    from dashboard.extract.context import SentenceContext
    from dashboard.extract.frame import Frame
    from dashboard.extract.units import Actor


def talks_partner(ctx: SentenceContext, frame: Frame, actors: list[Actor]) -> list[Actor]:
    """The other side of the latest pair for talks or a call (not a summit, nor a verb with an
    object) of one side in that pair, when the sentence names no third country (which may be the
    partner); none otherwise."""
    if ctx.last_pair is None or frame.mode == "mediation" or len({actor.country for actor in actors}) != 1:
        return []
    if frame.spec.object_class == "summit" or "summit" in ctx.units[frame.trigger_index].low:
        return []  # "the Al-Ula summit": a gathering of many
    if frame.spec.pos == "verb" and not _no_object(ctx, frame.trigger_index):
        return []  # "met business leaders": whom the sentence names, not the other side
    own = actors[0].country
    sides = [side.country for side in ctx.last_pair]
    if not own or own not in sides or sides[0] == sides[1]:
        return []
    if any(unit.actor is not None and unit.actor.country and unit.actor.country not in sides for unit in ctx.units):
        return []  # "Erdogan held talks in Ankara" after Kenya and Ghana: a third side
    other = sides[1] if sides[0] == own else sides[0]
    return [state_actor(other)] if other else []


def _no_object(ctx: SentenceContext, k: int) -> bool:
    """Whether the verb at ``k`` takes no object: a preposition, a time or the sentence's end
    follows it ("they met on Tuesday", "had spoken by phone")."""
    after = ctx.units[k + 1].low if k + 1 < len(ctx.units) else "."
    return after in PREPOSITIONS or after in TIME_WORDS or not after[:1].isalnum() or after == "again"


def unnamed_side(ctx: SentenceContext, frame: Frame, actors: list[Actor], targets: list[Actor]) -> list[Actor]:
    """"Only hours earlier, the caretaker premier had met Amir-Abdollahian": talks with one side of
    the latest pair by someone of no known country are the other side's, when the sentence names
    no third country; none otherwise."""
    if ctx.last_pair is None or frame.mode == "mediation" or any(actor.country for actor in actors):
        return []
    if frame.spec.object_class == "summit" or "summit" in ctx.units[frame.trigger_index].low:
        return []
    sides = [side.country for side in ctx.last_pair]
    if len({target.country for target in targets}) != 1 or targets[0].country not in sides or sides[0] == sides[1]:
        return []
    if any(unit.actor is not None and unit.actor.country and unit.actor.country not in sides for unit in ctx.units):
        return []
    other = sides[1] if sides[0] == targets[0].country else sides[0]
    return [replace(state_actor(other), explicit=False)] if other else []  # told before, not named here
