"""The owner of a plan named before it as a modifier: "the U.S. decision to sanction three
Pakistani companies", "an EU move to blacklist": the country that decided is who acts, as
the possessor of "Washington's decision to" is; "Mexico announced its decision to break off
ties": the one who tells of its own plan."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit

_DETERMINERS: Final = frozenset({"the", "a", "an", "this", "that", "its", "their"})
# Verbs by which an actor tells of its own plan: "announced its decision to".
_TELLING: Final = frozenset("announced announces announcing confirmed confirms confirming reaffirmed reaffirms "
                            "reiterated reiterates declared declares stated states communicated conveyed".split())


def plan_owner(units: list[Unit], noun: int, possessor: int | None) -> list[int]:
    """The possessor found before the plan noun at ``noun``, else the actor that stands right
    before it after a determiner ("the U.S. decision"); a person or a possessive does not count."""
    if possessor is not None:
        return [possessor]
    k = noun - 1
    if k < 1 or units[k - 1].low not in _DETERMINERS:
        return []
    actor = units[k].actor
    if actor is None or units[k].possessive or actor.kind not in ("state", "group", "institution"):
        return []
    return [k]


def own_plan_teller(units: list[Unit], noun: int) -> int:
    """The verb whose subject owns the plan noun at ``noun`` when the plan is "its" or "their"
    right after a verb of telling ("announced its decision to"), or -1."""
    if noun < 2 or units[noun - 1].low not in ("its", "their") or units[noun - 1].actor is not None:
        return -1
    return noun - 2 if units[noun - 2].low in _TELLING else -1
