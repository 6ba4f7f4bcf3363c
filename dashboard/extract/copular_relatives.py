"""A relative clause after the predicate of "to be": in "Hungary is now the only member that has
not ratified the treaty", who has not ratified is the copula's subject, Hungary."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit
from dashboard.extract.words import BE_FORMS

_FILLERS: Final = frozenset({"now", "still", "also", "then", "the", "a", "an", "only", "last", "first", "one", "sole"})


def copular_subject(units: list[Unit], noun: int) -> int:
    """The actor X of "X is (now) the only N" whose N, at ``noun``, a relative clause follows, else -1."""
    k = noun - 1
    while k >= 0 and noun - k <= 4 and units[k].low not in BE_FORMS:
        if units[k].low not in _FILLERS and not (units[k].actor is not None and not units[k].possessive):
            return -1  # "the only NATO member": a modifier actor may stand in the predicate
        k -= 1
    if k < 1 or units[k].low not in BE_FORMS or units[k + 1].low not in _FILLERS:
        return -1
    subject = units[k - 1]
    return k - 1 if subject.actor is not None and not subject.possessive else -1
