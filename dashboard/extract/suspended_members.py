"""A bloc suspending a member state: "ECOWAS suspended Mali from its bodies", "Guinea, suspended
from the bloc, ...". The gold sets code it as the bloc breaking relations with the member."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames

MEMBER_SUSPENDED: Final = "member_suspended"


def suspends_member(sf: SentenceFrames, index: int) -> bool:
    """Whether the verb at ``index`` suspends a state from a bloc: a bloc as subject and a state
    right after it ("ECOWAS suspended Mali"), or a participle followed by "from" and a bloc
    ("suspended from the bloc")."""
    after = sf.units[index + 1] if index + 1 < len(sf.units) else None
    if after is None:
        return False
    if after.low == "from":
        return index + 2 < len(sf.units) and _is_bloc(sf, index + 2)
    if after.actor is None or after.actor.kind != "state" or after.possessive:
        return False  # "suspended its participation", "suspended Mali's membership" (another reading)
    return any(_is_bloc(sf, k) for k in sf.subject(index))


def _is_bloc(sf: SentenceFrames, k: int) -> bool:
    unit = sf.units[k]
    if unit.low == "the" and k + 1 < len(sf.units):
        unit = sf.units[k + 1]
    return unit.actor is not None and unit.actor.kind == "group"
