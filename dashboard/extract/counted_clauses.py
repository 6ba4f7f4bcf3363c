"""Where the clause a counted interval opens ends: "nine days after Australia, Britain and the
United States unveiled a pact" runs on past the commas of its list of actors, and "a day after
Putin flew to Abu Dhabi ..., then to Riyadh for talks" past the comma before "then"."""

from __future__ import annotations

from dashboard.extract.units import Unit
from dashboard.extract.words import BOUNDARY_PUNCT


def _in_actor_list(units: list[Unit], k: int) -> bool:
    """Whether the comma ``units[k]`` separates two actors of a list ("Australia, Britain")."""
    before = units[k - 1] if k > 0 else None
    j = k + 1
    while j < len(units) and units[j].low == "the":
        j += 1
    return before is not None and before.actor is not None and j < len(units) and units[j].actor is not None


def ends_counted_clause(units: list[Unit], k: int) -> bool:
    """Whether ``units[k]`` closes the clause of a counted interval told before it."""
    unit = units[k]
    if unit.text in BOUNDARY_PUNCT:
        return True
    if unit.text != ",":
        return False
    after = units[k + 1].low if k + 1 < len(units) else ""
    return after != "then" and not _in_actor_list(units, k)
