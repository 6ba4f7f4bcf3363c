"""Two countries named by "relations between A and B" or "tensions between A and B": whom "the
two sides" stand for next, even when the sentence tells no event ("Relations between Algiers and
Bamako have been strained. ... the two sides recalled their ambassadors"; "Tensions between Lima
and Quito have risen. Brazil called on both sides to show restraint")."""

from __future__ import annotations

from typing import Final

from dashboard.extract.actor_makers import state_actor
from dashboard.extract.units import Actor, Unit

# Strains between two sides, which are no relations trigger of their own
_STRAINS: Final = frozenset({"tension", "tensions"})


def relations_between(units: list[Unit], last: tuple[Actor, Actor] | None) -> tuple[Actor, Actor] | None:
    """The two countries after a relations noun and "between" ("ties between Seoul and Tokyo"),
    else ``last`` (the same two sides keep the order the text first gave them)."""
    for k in range(len(units) - 4):
        if units[k + 1].low != "between" or units[k + 3].low != "and":
            continue
        if units[k].low not in _STRAINS and not any(spec.event_type == "relations" and spec.pos == "noun"
                                                    for spec in units[k].triggers()):
            continue
        first, second = units[k + 2].actor, units[k + 4].actor
        if first is None or second is None or not first.country or not second.country or first.country == second.country:
            continue
        if last is not None and {last[0].country, last[1].country} == {first.country, second.country}:
            return last
        return state_actor(first.country), state_actor(second.country)
    return last


def pair_between(sentence: str, units: list[Unit], last: tuple[Actor, Actor] | None) -> tuple[Actor, Actor] | None:
    """``relations_between`` for a sentence that has "between" at all (a cheap test first)."""
    return relations_between(units, last) if "etween" in sentence or "ETWEEN" in sentence else last
