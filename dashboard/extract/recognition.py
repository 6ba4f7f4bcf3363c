"""Recognising a person ("recognised the opposition leader as interim president") backs a
claimant to lead that person's country, and recognising a state's sovereignty ("recognised
Moroccan sovereignty over the territory") takes its side in a dispute: a statement of support,
not ties with a state."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dashboard.extract.frames import SentenceFrames

if TYPE_CHECKING:
    from dashboard.extract.frame import Frame


def as_backed_claimant(sf: SentenceFrames, index: int, frame: Frame) -> None:
    """Turn "recognise <person>" or "<country's> sovereignty" into support for the person's country (in place)."""
    if frame.spec.event_mode != "establish" or not sf.units[index].low.startswith("recogni"):
        return
    person = sf.first_object_unit(index)
    if not sf.object_has_class(index, "sovereignty") \
            and (person is None or person.actor is None or person.actor.kind != "person"):
        return
    frame.spec = replace(frame.spec, event_type="statement", event_mode="support", object_class="")
    frame.mode = "support"
