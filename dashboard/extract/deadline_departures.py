"""Expulsions told as the expelled staff's deadline: "Chilean diplomats had ten days to leave the
country", "Nauruan diplomats now have 72 hours to leave Tonga, Fiji and Samoa". The staff's own
state is the target; the states they must leave expel (each one listed, else the state of the town
they serve in, else the latest other state named before them)."""

from __future__ import annotations

from typing import Final

from dashboard.extract.expelled_from import country_of, host_before, staff_owner
from dashboard.extract.frames import SentenceFrames

DEADLINE: Final = "deadline_departure"
# Spans of time a deadline is counted in: "48 hours", "seven days", "a week".
_SPANS: Final = frozenset({"hour", "hours", "day", "days", "week", "weeks", "month", "months"})
# Verbs that hold the deadline: "had seven days", "were given 48 hours", "now have a week".
_HOLDING: Final = frozenset({"have", "has", "had", "given", "get", "gets", "got"})
_REACH: Final = 3  # words between the holding verb and the span ("had only seven days")


def _holding_verb(sf: SentenceFrames, index: int) -> int:
    """The verb holding the deadline before "to leave" at ``index``, or -1."""
    units = sf.units
    if index < 3 or units[index - 1].low != "to" or units[index - 2].low not in _SPANS:
        return -1
    for k in range(index - 3, max(-1, index - 3 - _REACH), -1):
        if units[k].low in _HOLDING:
            return k
        if units[k].text in ".,;:!?":
            break
    return -1


def deadline_departure(sf: SentenceFrames, index: int) -> bool:
    """Whether "leave" at ``index`` ends a deadline held by another state's staff (cheap words
    first: "to", a span of time, a holding verb; then the staff's owner)."""
    verb = _holding_verb(sf, index)
    if verb < 0 or verb >= 1 and sf.units[verb - 1].low in ("them", "him", "her"):
        return False
    return staff_owner(sf, verb) >= 0


def deadline_sides(sf: SentenceFrames, index: int) -> tuple[list[int], list[int]]:
    """(expelling states, staff owner) of the deadline ending at ``index``."""
    verb = _holding_verb(sf, index)
    owner = staff_owner(sf, verb)
    if verb < 0 or owner < 0:
        return [], []
    own = country_of(sf, owner)
    left, _ = sf.object_actors(index, ("=",))
    states = [k for k in left if (actor := sf.units[k].actor) is not None and actor.kind == "state"
              and actor.country not in ("", own)]
    if states:
        return states, [owner]
    for k in range(owner + 1, verb - 1):  # "Chilean diplomats in Lima": the state of the town
        place = sf.units[k + 1].actor
        if sf.units[k].low == "in" and place is not None and place.country not in ("", own):
            return [k + 1], [owner]
    return host_before(sf, owner, own), [owner]
