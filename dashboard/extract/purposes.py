"""A statement made as the purpose of a call or a meeting: "telephoned Maduro to offer his
backing" is support for the one called."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dashboard.extract.words import BOUNDARY_PUNCT

if TYPE_CHECKING:
    from dashboard.extract.frame import Frame
    from dashboard.extract.frames import SentenceFrames


def purpose_of_meeting(sf: SentenceFrames, frame: Frame, before: Frame) -> list[int]:
    """The one met or called in ``before`` when ``frame`` is a statement told as its purpose
    ("to offer his backing", "to express condolences"), right after the one met."""
    if frame.spec.event_type != "statement" or frame.targets or before.spec.event_type != "meeting" \
            or not before.targets:
        return []
    verb = frame.support_index if frame.support_index is not None else frame.trigger_index
    if verb < 1 or sf.units[verb - 1].low != "to" or not before.trigger_index < max(before.targets) < verb - 1:
        return []
    between = sf.units[max(before.targets) + 1:verb - 1]
    if any(unit.text in BOUNDARY_PUNCT or unit.text in ",;" or unit.triggers() for unit in between):
        return []
    return list(before.targets)
