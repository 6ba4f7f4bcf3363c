"""A member told by its rank among a group's members: "the first G7 leader to meet Trump",
"the second NATO member to send jets". The phrase names one member country, not the group,
and "became the second NATO member to send jets" is no joining."""

from __future__ import annotations

from typing import Final

from dashboard import gazetteer
from dashboard.extract.units import Unit

_ORDINALS: Final = frozenset({"first", "second", "third", "fourth", "fifth", "only", "last", "latest", "sole"})
_MEMBER_WORDS: Final = frozenset({"member", "members", "leader", "leaders", "country", "countries", "state",
                                  "states", "ally", "allies", "government", "nation"})


def ranked_member(units: list[Unit], k: int) -> bool:
    """Whether the group at ``k`` opens "the first GROUP member to ..." (or "the first G7 leader
    to ...", where the title joined the group into one unit)."""
    unit = units[k]
    if unit.actor is None or k < 1 or units[k - 1].low not in _ORDINALS:
        return False
    entry = gazetteer.country(unit.actor.country)
    if entry is None or not entry.is_group:
        return False
    after = k + 1
    if after < len(units) and units[after].low in _MEMBER_WORDS:
        after += 1
    return after < len(units) and units[after].low == "to"


def ranked_member_at(units: list[Unit], indexes: list[int]) -> bool:
    """Whether any of the units at ``indexes`` (a frame's actors, or its trigger's neighbour) is
    such a ranked member."""
    return any(0 <= k < len(units) and ranked_member(units, k) for k in indexes)
