"""A target by elimination from the article: a frame that may take its target by elimination
(``elimination.py``) and whose sentence gave it none is aimed at the one country besides the
actor's that the article has named so far ("Canberra and Beijing ... . Canberra called for an
inquiry"). Not an act set as a condition ("as long as Chile refused to talk"), nor a refusal
to speak ("declined to say", ``declined_remarks.py``), nor a reproach
of a state of affairs ("condemned the violence"), which names no doer, nor what two sides say."""

from __future__ import annotations

from typing import Final

from dashboard.extract.actor_makers import state_actor
from dashboard.extract.declined_remarks import declines_to_say, set_as_condition
from dashboard.extract.frame import Frame
from dashboard.extract.units import Actor, Unit

_DETERMINERS: Final = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "any", "all"})


def target_left_by_article(units: list[Unit], frame: Frame, actors: list[Actor], codes_seen: set[str],
                           settings: frozenset[str]) -> list[Actor]:
    """The one country other than the one actor's among ``codes_seen`` (every country the
    article has named up to and including this sentence), or none. ``settings``: the words
    of states of affairs (war, violence, crisis)."""
    if set_as_condition(units, frame) or declines_to_say(units, frame):
        return []  # "as long as Chile refused to talk", "declined to say how many": no act, no one rejected
    if _object_is_a_setting(units, frame.trigger_index, settings):
        return []  # "condemned the violence against civilians": whoever did it is not told
    own = {actor.country for actor in actors}
    if len(own) != 1 or not all(own):
        return []  # "both sides stressed ...": two sides, said of each other
    others = sorted(code for code in codes_seen if code and code not in own)
    return [state_actor(others[0])] if len(others) == 1 else []


def _object_is_a_setting(units: list[Unit], index: int, settings: frozenset[str]) -> bool:
    """Whether the noun right after the trigger (past determiners) names a state of affairs."""
    k = index + 1
    while k < len(units) and units[k].low in _DETERMINERS:
        k += 1
    return k < len(units) and units[k].low in settings


