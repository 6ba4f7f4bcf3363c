"""One side that "agreed to" do something, with no partner named: "Kenya also agreed to reopen
the border" after talks between Kenya and Ghana agreed with Ghana, the other side of the
article's latest pair."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from dashboard.extract.actor_makers import state_actor

if TYPE_CHECKING:
    from dashboard.extract.context import SentenceContext
    from dashboard.extract.frame import Frame
    from dashboard.extract.units import Actor

# Words after "agreed to" that make it agreeing to a thing, not to do something ("agreed to a truce").
_NOT_A_VERB: Final = frozenset({"a", "an", "the", "this", "that", "its", "their", "his", "her", "it", "them"})

_NEGATIONS: Final = frozenset({"not", "never", "n't"})


def partner_of_pair(ctx: SentenceContext, frame: Frame, actors: list[Actor]) -> list[Actor]:
    """The other side of the latest pair, when the one side that agreed is in it and agreed
    "to" do something; none otherwise."""
    units, k = ctx.units, frame.trigger_index
    if ctx.last_pair is None or len(actors) != 1 or k + 2 >= len(units) or units[k + 1].low != "to":
        return []
    after = units[k + 2]
    if after.actor is not None or after.low in _NOT_A_VERB or not after.low.isalpha():
        return []
    if k > 0 and units[k - 1].low in _NEGATIONS:  # "had not agreed to become ...": no agreement
        return []
    own = actors[0].country
    sides = [side.country for side in ctx.last_pair]
    if not own or own not in sides or sides[0] == sides[1]:
        return []
    if any(unit.actor is not None and unit.actor.country and unit.actor.country not in sides for unit in units):
        return []  # "Rabat agreed to restore ties with Israel": a third country may be the partner
    other = sides[1] if sides[0] == own else sides[0]
    return [state_actor(other)] if other else []
