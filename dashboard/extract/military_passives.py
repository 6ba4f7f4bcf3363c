"""The sides of a military act told in the passive with no "by": "Russian troops were sent to
Belarus" (the owner of the forces sent them), "a missile was fired from North Korea's east
coast" (launched by whose ground it left), "more tanks will be delivered to Ukraine" (to the
country after "to"; who sends them, the article's latest supplier there says)."""

from __future__ import annotations

from dashboard.extract.forces import forces_moved
from dashboard.extract.frame import Frame
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.lexicon import TriggerSpec


def military_passive_sides(sf: SentenceFrames, index: int, spec: TriggerSpec, frame: Frame, subject: list[int]) -> None:
    """Fill in the sides the passive military verb at ``index`` leaves out."""
    if spec.event_mode == "deployment" and not frame.actors and forces_moved(sf, subject):
        frame.actors, frame.targets = subject, sf.object_actors(index, spec.preps[1:] if spec.preps[:1] == ("=",) else spec.preps)[0]
    if spec.event_mode == "missile_test" and not frame.actors:
        frame.actors = sf.object_actors(index, ("from",))[0]
    if spec.event_mode == "arms_transfer" and not frame.targets:
        frame.targets = sf.object_actors(index, ("to",))[0]
