"""Embassies closed, told without the closer as the subject: in the passive ("Chile's embassy in
Lima was closed in 2019") or as a noun no verb supports ("after the closure of the Chilean
embassy in Lima"). The mission's own state closes it; the country it stood in is the target,
named after "in" (else the sentence's other country stands in, as for any missing target)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from dashboard.extract.envoys import ENVOY_REACH, passive_recall_sides
from dashboard.extract.expelled_from import expelled_from_sides
from dashboard.extract.frame import Frame
from dashboard.extract.frames import SentenceFrames

# Words before "the closure" that make it a fact told in passing: "after the closure of", not
# "called for the closure of" (a demand) nor "announced the closure of" (a support verb's).
_FACT_OPENERS: Final = frozenset({"after", "following", "since", "before", "despite", "amid", "with", "over"})
# Words beside a passive "closed" that make the closure a passing one: shut for a time, not ties cut.
_PASSING: Final = frozenset({"temporarily", "briefly", "to", "for", "until", "till"})


def _mission_unit(sf: SentenceFrames, start: int, end: int) -> int:
    """The first actor unit in [start, end) that names a mission ("the U.S. Embassy", "Chile's
    consulates"), or -1; one without a state is no owner."""
    words = sf.lexicon.word_classes.get("embassy", frozenset())
    for k in range(max(0, start), min(end, len(sf.units))):
        unit = sf.units[k]
        if unit.actor is not None and unit.actor.country and any(piece in words for piece in unit.low.split()):
            return k
    return -1


def _host_after(sf: SentenceFrames, mission: int) -> list[int]:
    """The place after "in" right behind the mission: "the embassy in Lima"."""
    k = mission + 1
    if k + 1 >= len(sf.units) or sf.units[k].low != "in":
        return []
    place, owner = sf.units[k + 1].actor, sf.units[mission].actor
    return [k + 1] if place is not None and owner is not None and place.country != owner.country else []


def closed_in_passive(sf: SentenceFrames, index: int) -> bool:
    """Whether the passive verb at ``index`` closes a mission named just before it, for good:
    not "temporarily closed", "closed to the public", "closed for the holiday", "until Monday"."""
    if not sf.is_passive(index) or sf.units[index - 1].low in _PASSING:
        return False
    if index + 1 < len(sf.units) and sf.units[index + 1].low in _PASSING:
        return False
    return _mission_unit(sf, index - ENVOY_REACH, index) >= 0


def closed_mission_sides(sf: SentenceFrames, index: int, subject: list[int]) -> tuple[list[int], list[int]]:
    """"The Chilean embassy in Lima was closed": Chile closes, Peru is the target."""
    mission = _mission_unit(sf, index - ENVOY_REACH, index)
    return ([mission], _host_after(sf, mission)) if mission >= 0 else ([], subject)


# The sides of a passive relations verb with no "by" agent, by its mode.
PASSIVE_SIDES: Final[dict[str, Callable[[SentenceFrames, int, list[int]], tuple[list[int], list[int]]]]] = {
    "recall": passive_recall_sides, "close": closed_mission_sides, "expel": expelled_from_sides}


def closure_told(sf: SentenceFrames, index: int, frame: Frame) -> bool:
    """Fill in ``frame`` for the unsupported noun at ``index`` when it tells a mission's closure as
    a fact ("following the closure of the U.S. Embassy in Damascus"); False otherwise."""
    units = sf.units
    before = index - 2 if index >= 1 and units[index - 1].low == "the" else index - 1
    if before >= 0 and units[before].low not in _FACT_OPENERS:
        return False
    if index + 1 >= len(units) or units[index + 1].low != "of":
        return False
    mission = _mission_unit(sf, index + 2, index + 5)
    if mission < 0:
        return False
    frame.actors, frame.targets, frame.actor_source = [mission], _host_after(sf, mission), "possessive"
    return True
