"""Talks and what was agreed at them, told as one subject's two predicates: "A and B met in Luanda
under the mediation of Angola's president, Joao Lourenco, and agreed on a roadmap". The verb after
", and" has no subject of its own, so the one a search finds inside the first predicate (the
mediator named in apposition) is not it: the talks' sides agreed."""

from __future__ import annotations

from dataclasses import replace

from dashboard.extract.actor_makers import state_of
from dashboard.extract.frame import Frame
from dashboard.extract.frames import SentenceFrames


def agreed_at_talks(sf: SentenceFrames, frame: Frame, found: list[Frame]) -> Frame:
    """The agreement frame with the sides of the sentence's talks before it when its verb follows
    ", and" and the subject it found, no side of the talks, stands inside their predicate."""
    if frame.spec.event_type != "agreement" or frame.spec.pos != "verb" or frame.passive \
            or frame.trigger_index < 2 or sf.units[frame.trigger_index - 1].low != "and" \
            or sf.units[frame.trigger_index - 2].text != ",":
        return frame
    talks = next((f for f in reversed(found) if f.spec.event_type == "meeting" and f.spec.pos == "verb"
                  and f.mode == "talks" and f.actors and f.targets and not f.passive), None)
    if talks is None or not frame.actors or min(frame.actors) < talks.trigger_index:
        return frame
    sides = {state_of(sf.units[k]).country for k in talks.actors + talks.targets}
    if any(state_of(sf.units[k]).country in sides for k in frame.actors):
        return frame  # "..., and Kagame agreed": one of the sides, named
    return replace(frame, actors=talks.actors, targets=talks.targets, actor_source="joined",
                   target_source=talks.target_source)
