"""The passive "be met with": "any attack will be met with a swift response" says how an act
will be answered, a warning (a threat), and no meeting; the warning is aimed at whoever the
clause says would act ("any attack by X")."""

from __future__ import annotations

from typing import Final

from dashboard.extract.actor_makers import state_of
from dashboard.extract.units import Unit

_BE: Final = frozenset({"be", "is", "are", "was", "were", "been", "being"})


def answered_with(units: list[Unit], index: int) -> bool:
    """Whether the unit at ``index`` is the "met" of a passive "be met with" ("will be met with
    force", "was swiftly met with sanctions"), not "met with" a person."""
    if units[index].low != "met" or index + 1 >= len(units) or units[index + 1].low != "with":
        return False
    k = index - 1
    if k >= 0 and units[k].low.endswith("ly"):
        k -= 1
    return k >= 0 and units[k].low in _BE


def answered_in(units: list[Unit], clause: range) -> int:
    """The index of a passive "met with" inside ``clause``, or -1."""
    for k in clause:
        if units[k].low == "met" and answered_with(units, k):
            return k
    return -1


def answered_doer(units: list[Unit], clause: range, own: set[str]) -> list[int]:
    """The first country other than the speaker's ``own`` named in ``clause`` before its "be met
    with": "any hostile step by X against us will be met with ...": X's act is what is answered."""
    met = answered_in(units, clause)
    for k in range(clause.start, max(met, clause.start)):
        unit = units[k]
        if unit.actor is not None and (country := state_of(unit).country) and country not in own:
            return [k]
    return []
