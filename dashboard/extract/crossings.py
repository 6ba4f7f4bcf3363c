"""Forces that cross a border the text does not name: "Kenya sent troops across the border",
"Eritrean soldiers crossed the frontier". They go into a neighbour of theirs that the story
names, in the sentence first, else in the events told before."""

from __future__ import annotations

from typing import Final

from dashboard import gazetteer
from dashboard.extract.actor_makers import state_actor
from dashboard.extract.context import SentenceContext
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.units import Actor

_EDGES: Final = frozenset({"border", "frontier"})
_CROSSING_WORDS: Final = frozenset({"across", "over"})
_REACH: Final = 8  # how far after the verb "the border" is looked for


def crosses_border(sf: SentenceFrames, index: int, actor: int) -> bool:
    """Whether the forces of the verb at ``index`` go across an unnamed border: "crossed the
    border", "sent troops across the frontier" (not "to the border", nor "the border with X").
    Not when an accusation stands between the actor at ``actor`` and the verb ("Kinshasa accused
    its neighbour of sending troops across the border": the accused sends them)."""
    if any(spec.event_mode == "accusation" for unit in sf.units[actor + 1:index] for spec in unit.triggers()):
        return False
    crossing = sf.units[index].low.startswith("cross")
    for k in range(index + 1, min(len(sf.units) - 1, index + _REACH)):
        unit = sf.units[k]
        if unit.text in ".;:,":
            return False
        if unit.low == "the" and sf.units[k + 1].low in _EDGES:
            named = k + 2 < len(sf.units) and sf.units[k + 2].low in ("with", "of", "between")
            return (crossing and k == index + 1 or sf.units[k - 1].low in _CROSSING_WORDS) and not named
        if unit.actor is not None and not unit.possessive and unit.low not in ("its", "their") \
                and (k == index + 1 or sf.units[k - 1].low in ("to", "into", "in")):
            return False  # "sent troops to Mali": the place is named
    return False


def neighbour_across(ctx: SentenceContext, actors: list[Actor]) -> list[Actor]:
    """The first country named in the sentence, else the latest in the events told before, that
    shares a land border with one of the actors."""
    own = {actor.country for actor in actors if actor.country}
    near: set[str] = set()
    for code in own:
        near |= gazetteer.neighbours(code)
    near -= own
    if not near:
        return []
    for unit in ctx.units:
        if unit.actor is not None and not unit.actor.explicit:
            continue  # "both countries", "it": sides told before, not a place named here
        for code in (unit.actor.country if unit.actor is not None else "", unit.place_country or "",
                     *(sense.code for sense in unit.senses if sense.kind in ("country", "demonym"))):
            if code in near:
                return [state_actor(code)]
    for event in reversed(ctx.recent):
        for told in (event.target_country, event.actor_country, event.place_country):
            if told is not None and told in near:
                return [state_actor(told)]
    return []
