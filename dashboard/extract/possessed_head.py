"""A clause headed by a possessor's body: ", his administration imposed", "Biden's government
loosened": the possessor's country is the subject, not an actor told earlier in the sentence."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit

_CLAUSE_STARTS: Final = frozenset({",", "and", "but", "then", ";"})


def heads_clause(units: list[Unit], k: int, verb: int) -> bool:
    """Whether the possessive actor at ``k`` opens the clause (after a comma, a conjunction or
    the sentence start) and one to three lowercase words after it lead straight to ``verb``."""
    if not 2 <= verb - k <= 4 or (k > 0 and units[k - 1].low not in _CLAUSE_STARTS):
        return False
    return all(unit.actor is None and unit.text.isalpha() and unit.text.islower() for unit in units[k + 1:verb])


def modified_head(units: list[Unit], end: int, verb: int) -> bool:
    """Whether the actor ending at ``end`` only modifies a head noun of at most three lowercase
    words that leads straight to ``verb`` ("after a Chinese military surveillance aircraft
    entered"), or ``verb`` follows it directly."""
    return verb - end <= 4 and all(unit.actor is None and not unit.specs and unit.text.isalpha() and unit.text.islower()
                                   for unit in units[end + 1:verb])
