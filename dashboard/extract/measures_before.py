"""A diplomatic measure whose sentence names no other country: "Britain expelled 23 Russian
diplomats. Spain will expel two diplomats." or "Riyadh cut ties with Tehran. Kuwait also recalled
its ambassador." The envoys sent home are of the side the article's latest such measure hit, or
of the side that hit the actor itself ("Minsk expelled Lithuanian diplomats. Vilnius recalled its
ambassador": an answer to Minsk)."""

from __future__ import annotations

from typing import Final

from dashboard.extract.actor_makers import state_actor, state_of
from dashboard.extract.context import SentenceContext
from dashboard.extract.elimination import left_without_target
from dashboard.extract.frame import Frame
from dashboard.extract.units import Actor

# Measures that send envoys home, and the earlier measures whose target they follow.
_SENDING_HOME: Final = frozenset({"expel", "recall"})
_HOSTILE: Final = frozenset({"expel", "recall", "break", "close"})


def hit_before(ctx: SentenceContext, frame: Frame, actors: list[Actor]) -> list[Actor]:
    """The side the article's latest expulsion, recall, break or closure hit, for an expulsion or
    recall by a named actor whose sentence names no other country; else none."""
    if frame.mode not in _SENDING_HOME or frame.spec.event_type != "relations" or not actors \
            or not left_without_target(frame):
        return []
    own = {actor.country for actor in actors}
    if "" in own:
        return []
    for unit in ctx.units:
        code = state_of(unit).country
        if code and code not in own:
            return []  # another country named: the grammar or elimination decides
    for event in reversed(ctx.recent):
        if event.event_type != "relations" or event.event_mode not in _HOSTILE or event.modality == "negated" \
                or not event.target_country or not event.actor_country:
            continue
        if event.target_country in own and event.actor_country not in own:
            return [state_actor(event.actor_country)]  # hit first, it answers: "Minsk expelled them; Vilnius recalled its envoy"
        if event.target_country not in own:
            return [state_actor(event.target_country)]
    return []
