"""A target by elimination from the article: a frame that may take its target by elimination
(``elimination.py``) and whose sentence gave it none is aimed at the one country besides the
actor's that the article has named so far ("Canberra and Beijing ... . Canberra called for an
inquiry"). Not an act set as a condition ("as long as Chile refused to talk"), nor a refusal
to speak, nor a reproach of a state of affairs (``elimination_guards.py``), nor an appeal, nor
what two sides say."""

from __future__ import annotations

from dashboard.extract.actor_makers import state_actor
from dashboard.extract.elimination_guards import (
    reproaches_a_setting,
    takes_no_target_by_elimination,
)
from dashboard.extract.frame import Frame
from dashboard.extract.units import Actor, Unit


def target_left_by_article(units: list[Unit], frame: Frame, actors: list[Actor], codes_seen: set[str],
                           settings: frozenset[str]) -> list[Actor]:
    """The one country other than the one actor's among ``codes_seen`` (every country the
    article has named up to and including this sentence), or none. ``settings``: the words
    of states of affairs (war, violence, crisis)."""
    if takes_no_target_by_elimination(units, frame) or reproaches_a_setting(units, frame, settings):
        return []  # "as long as Chile refused to talk", "declined to say", "condemned the violence"
    if frame.mode == "appeal":
        return []  # "Tokyo called for calm": a call for a state of affairs, not to the country last told
    own = {actor.country for actor in actors}
    if len(own) != 1 or not all(own):
        return []  # "both sides stressed ...": two sides, said of each other
    others = sorted(code for code in codes_seen if code and code not in own)
    return [state_actor(others[0])] if len(others) == 1 else []

