"""A bare capitalised office in a statement issued from a dateline is the issuer's own: "The
Secretary said" and "The Department also postponed" in one dated "Washington, 30 November
2024" are the United States'. So is "the Ministry" that the article's memory would take for
the latest body named, of whatever country ("Minister Wu said the authorities in Beijing had
... The Ministry condemns China"). ("the Prime Minister" is left alone: read as the issuer's, it
was right on the studied sets and wrong on the unseen ones and real pages.)"""

from __future__ import annotations

from typing import Final

from dashboard.extract.actor_makers import state_actor
from dashboard.extract.units import Unit, implicit

# Capitalised words that, after "The", stand for an office of the issuer's own government.
_OFFICES: Final = frozenset({"Secretary", "Department", "Ministry"})


def with_issuer_offices(units: list[Unit], issuer: str | None) -> list[Unit]:
    """The units with each "the Secretary", "the Department" or "the Ministry" naming no
    country made the issuer's state."""
    if issuer is None or not any(unit.text in _OFFICES for unit in units):
        return units
    out: list[Unit] = []
    for i, unit in enumerate(units):
        if out and unit.text in _OFFICES and _unowned(unit) and units[i - 1].low == "the" \
                and (i + 1 == len(units) or units[i + 1].low != "of"):  # not "the Ministry of Defence of X"
            out[-1] = Unit(units[i - 1].start, unit.end, f"{units[i - 1].text} {unit.text}",
                           actor=implicit(state_actor(issuer)))
            continue
        out.append(unit)
    return out


def _unowned(unit: Unit) -> bool:
    """Whether the office names no country of its own: no actor, or only a body the article's
    memory took it for."""
    return unit.actor is None or (not unit.actor.explicit and unit.actor.kind == "institution")
