"""Officials sent to a place: "Germany sent its foreign minister to Kyiv", "ECOWAS sent the
presidents of Ghana and Togo to Bamako", "dispatched an envoy, Li Hui, to Moscow": a trip by
the one sent (the sender's own official, a person named, or the countries "of" the officials)."""

from __future__ import annotations

from typing import Final

from dashboard.extract.emissaries import EMISSARY
from dashboard.extract.frame import Frame
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.lexicon import TriggerSpec
from dashboard.extract.units import Unit

OFFICIAL_SENT: Final = "official_sent"

_BEFORE_OFFICIAL: Final = frozenset({"the", "a", "an", "its", "his", "her", "their", "two", "three", "four",
                                     "several", "senior", "top", "special", "high-level", "high-ranking"})
# Officials posted abroad: sending one is an appointment or a return, not a trip
_POSTED: Final = frozenset({"ambassador", "ambassadors", "diplomat", "diplomats", "envoy back"})
_REACH: Final = 12  # units from the official to the "to" of the destination
_STOPS: Final = frozenset({".", ";", ":", "that", "who", "which", "while", "but", "after", "before", "when"})


def _official_at(sf: SentenceFrames, index: int) -> int:
    """The index of the official the verb of sending at ``index`` takes for its object, or -1."""
    units = sf.units
    k = index + 1
    while k < len(units) and units[k].low in _BEFORE_OFFICIAL:
        k += 1
    if k >= len(units):
        return -1
    unit = units[k]
    words = sf.lexicon.word_classes.get(EMISSARY, frozenset())
    last = unit.low.split()[-1] if unit.low else ""
    if last in _POSTED or unit.possessive:
        return -1
    actor = unit.actor
    if actor is not None and actor.kind in ("person", "description", "title") or unit.low in words or last in words:
        return k
    return -1


def _destination(units: list[Unit], start: int) -> int:
    """The place after "to" within reach of the official at ``start`` (past an apposition or an
    "of" list), or -1."""
    for k in range(start + 1, min(len(units) - 1, start + _REACH)):
        unit = units[k]
        if unit.low == "to":
            nxt = k + 1 + (units[k + 1].low == "the" and k + 2 < len(units))
            return nxt if units[nxt].actor is not None and units[nxt].is_placeish else -1
        if unit.text in _STOPS or unit.low in _STOPS or unit.low in ("back", "home"):
            return -1
        if unit.low == "and" and not (units[k + 1].actor is not None or units[k + 1].low in ("the", "prime", "foreign")):
            return -1  # "sent its minister and said ...": another clause
    return -1


def official_sent_to(sf: SentenceFrames, index: int) -> bool:
    """Whether the verb of sending at ``index`` (not passive) has an official for its object and
    "to" a place after it."""
    if sf.is_passive(index):
        return False
    official = _official_at(sf, index)
    return official >= 0 and _destination(sf.units, official) >= 0


def sent_travellers(sf: SentenceFrames, index: int, spec: TriggerSpec, frame: Frame) -> tuple[list[int], list[int]]:
    """Who travels and where for an official sent: the countries "of" the officials, else the
    person named, else the sender; the destination is the place after "to"."""
    actors, targets = frame.actors, frame.targets
    if spec.object_class != OFFICIAL_SENT:
        return actors, targets
    units = sf.units
    official = _official_at(sf, index)
    destination = _destination(units, official) if official >= 0 else -1
    if destination < 0:
        return actors, targets
    if " of " in units[official].low or official + 1 < len(units) and units[official + 1].low == "of":
        owners = [k for k in range(official, destination) if (owner := units[k].actor) is not None and owner.country]
        if owners:
            return owners, [destination]
    named = [k for k in range(official, destination) if (actor := units[k].actor) is not None
             and actor.kind == "person" and actor.country]
    return (named[:1] or actors), [destination]
