"""Recognising a person ("recognised the opposition leader as interim president") backs a
claimant to lead that person's country, and recognising a state's sovereignty ("recognised
Moroccan sovereignty over the territory", "recognised Kosovo's independence") takes its side in a dispute: a statement of support,
not ties with a state."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

from dashboard.extract.frames import SentenceFrames

if TYPE_CHECKING:
    from dashboard.extract.frame import Frame

# The object class of "recognised Kosovo's independence", "recognise the independence of X".
INDEPENDENCE: Final = "independence"
# Units from the verb within which "independence" must head the object: a far one
# ("recognise it as a state, which declared independence in 1991") is another clause's.
_HEAD_REACH: Final = 4


def recognises_independence(sf: SentenceFrames, index: int) -> bool:
    """Whether the object of "recognise" is a state's independence, not the state itself."""
    for unit in sf.units[index + 1:index + 1 + _HEAD_REACH]:
        if unit.low == "independence":
            return True
        if unit.low in ("as", ",", ";", ".", "that", "which"):
            return False
    return False


def as_backed_claimant(sf: SentenceFrames, index: int, frame: Frame) -> None:
    """Turn "recognise <person>" or "<country's> sovereignty" into support for the person's country (in place)."""
    if frame.spec.event_mode != "establish" or not sf.units[index].low.startswith("recogni"):
        return
    person = sf.first_object_unit(index)
    if frame.spec.object_class != INDEPENDENCE and not sf.object_has_class(index, "sovereignty") \
            and (person is None or person.actor is None or person.actor.kind != "person"):
        return
    frame.spec = replace(frame.spec, event_type="statement", event_mode="support", object_class="")
    frame.mode = "support"
