"""The owner of a plan named before it as a modifier: "the U.S. decision to sanction three
Pakistani companies", "an EU move to blacklist": the country that decided is who acts, as
the possessor of "Washington's decision to" is."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit

_DETERMINERS: Final = frozenset({"the", "a", "an", "this", "that", "its", "their"})


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
