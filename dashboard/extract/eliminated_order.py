"""The order of a deal's sides when its partner came by elimination: "Turkish, Greek leaders ink
friendship declaration" reads "Greek leaders" as the signers and Turkey as the one other country
named, yet the text named Turkey first, and the first-named side of a deal is its actor (as the
gold guidelines code two sides of one agreement). A partner named as a place ("in Moscow, Erdogan
signed") is no side named first, nor one named after the actor's country ("the Iranian
president visited Cuba, where he signed a memorandum")."""

from __future__ import annotations

from dashboard.extract.actor_makers import state_of
from dashboard.extract.frame import Frame
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.words import PREPOSITIONS


def first_named_first(sf: SentenceFrames, frame: Frame) -> None:
    """Swap a symmetric deal's actor and its partner by elimination when the partner was named
    before the actor's country, not after a preposition."""
    if frame.spec.event_type != "agreement" or frame.spec.frame != "symmetric" or len(frame.targets) != 1:
        return
    partner = frame.targets[0]
    if not frame.actors:
        return
    own = {state_of(sf.units[k]).country for k in frame.actors}
    if any(state_of(unit).country in own for unit in sf.units[:partner + 1]):
        return
    if partner > 0 and sf.units[partner - 1].low in PREPOSITIONS:
        return
    frame.actors, frame.targets = frame.targets, frame.actors
