"""A state told by another to shrink its mission: "told Peru to withdraw its diplomats from
Santiago", "ordered Peru and Bolivia, its two neighbours, to cut the number of their diplomats",
"to halve the staff of its embassy". The gold sets code it as the teller expelling the other's
diplomats (the state told is the target), besides whatever the telling itself is (a demand)."""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from dashboard.extract.frame import Frame
from dashboard.extract.frames import SentenceFrames

# The verbs that tell another state to act.
_TELLING: Final = frozenset({"told", "tells", "telling", "tell", "ordered", "orders", "ordering", "order", "asked",
                             "asks", "asking", "ask", "instructed", "instructs", "instructing", "instruct"})

_CUTS: Final = frozenset({"withdraw", "cut", "reduce", "halve", "downsize", "shrink", "trim", "pull"})
_STAFF: Final = frozenset({"staff", "staffs", "personnel", "diplomats", "diplomat", "envoys", "mission", "missions",
                           "embassy", "embassies", "consulate", "consulates"})
_OWN: Final = frozenset({"its", "their"})  # the mission is the told state's own
_TO_REACH: Final = 20  # how far the infinitive may stand from the verb, past an appositive
_STAFF_REACH: Final = 8  # how far the staff may stand from the cut verb ("the number of their diplomats")


def cut_ordered(sf: SentenceFrames, index: int) -> bool:
    """Whether the verb at ``index`` has a state as its object, then "to" and a cut of that
    state's own mission ("to cut the number of their diplomats")."""
    units = sf.units
    first = index + 1 + (index + 1 < len(units) and units[index + 1].low == "the")
    told = units[first].actor if first < len(units) and not units[first].possessive else None
    if told is None or told.kind != "state":
        return False  # "told the Chilean envoy to leave" is another reading
    for k in range(first + 1, min(len(units) - 1, index + _TO_REACH)):
        if units[k].text in ".;:!?":
            return False
        if units[k].low == "to":
            return units[k + 1].low in _CUTS and _own_staff(sf, k + 2)
    return False


def _own_staff(sf: SentenceFrames, start: int) -> bool:
    """Whether the told state's own staff follow a cut verb, in either order: "its diplomats",
    "the staff of its High Commission"."""
    owned = staffed = False
    for k in range(start, min(len(sf.units), start + _STAFF_REACH)):
        unit = sf.units[k]
        if unit.text in ".;:!?,":
            break
        pieces = unit.low.split()
        owned = owned or any(piece in _OWN for piece in pieces)
        staffed = staffed or any(piece in _STAFF for piece in pieces)
    return owned and staffed


def with_staff_cuts(sf: SentenceFrames, found: list[Frame]) -> list[Frame]:
    """``found`` and the teller's expulsion for each telling verb that orders another state's
    mission cut, told by a frame of its own (a demand) or by none ("ordered A and B, its two
    neighbours, to cut ...": the subject tells)."""
    out = found
    for index, unit in enumerate(sf.units):
        if unit.low not in _TELLING or not unit.specs or not cut_ordered(sf, index):
            continue
        frame = next((f for f in found if f.trigger_index == index), None)
        if frame is not None and frame.spec.event_type == "relations":
            continue  # already an expulsion ("ordered the staff to leave")
        joined = index >= 2 and sf.units[index - 1].low == "and" and sf.units[index - 2].text == ","
        tellers = frame.actors if frame is not None else sf.topic() if joined else sf.subject(index)  # "X said ..., and ordered"
        told = [k for k in sf.object_actors(index, ("=",))[0] if k not in tellers]
        if tellers and told:
            spec = replace(unit.specs[0], event_type="relations", event_mode="expel", frame="agent", object_class="")
            out = out + [Frame(spec, unit, index, list(tellers), told, mode="expel", actor_source="subject")]
    return out
