"""Measures joined in one clause: "Pakistan ordered India's envoy to leave and suspended
bilateral trade" aims the second measure, told of no target, at the first one's target."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frame import Frame
from dashboard.extract.frames import SentenceFrames

_MEASURES: Final = frozenset({"sanction", "relations"})
_REACH: Final = 20  # how far right of the first measure the joined one may stand


def joined_measure_sides(sf: SentenceFrames, frame: Frame, before: Frame) -> Frame:
    """The frame with the targets (and, lacking its own, the actors) of the measure before it
    when both are sanctions or relations and only "and" or a comma of a list joins them."""
    if frame.targets or frame.passive or frame.spec.event_type not in _MEASURES \
            or before.spec.event_type not in _MEASURES or not before.targets or before.passive \
            or not 0 < frame.trigger_index - before.trigger_index <= _REACH:
        return frame
    joined = False
    for k in range(before.trigger_index + 1, frame.trigger_index):
        unit = sf.units[k]
        if unit.text in ".;:!?" or unit.low in ("but", "while", "after", "before", "because", "when"):
            return frame
        if unit.actor is not None and k not in before.targets and k not in frame.actors:
            return frame  # "and Bolivia froze its assets": a clause with a subject of its own
        joined = joined or unit.low == "and"
    if not joined or (frame.actors and {sf.units[k].actor for k in frame.actors} != {sf.units[k].actor for k in before.actors}):
        return frame
    frame.targets, frame.target_source = list(before.targets), before.target_source
    frame.actors = frame.actors or list(before.actors)
    return frame
