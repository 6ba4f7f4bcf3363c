"""People of several countries as the object of a measure: "expelled Mexico's ambassador and two
Spanish diplomats", "imposed sanctions on Taiwan's envoy and on two American firms". The first
country names its people by a possessive or a demonym; after their noun, "and" with another
possessive or demonym and its noun names one more country the measure is aimed at."""

from __future__ import annotations

from typing import Final

from dashboard.extract.actor_makers import state_of
from dashboard.extract.units import Unit
from dashboard.extract.words import (
    BOUNDARY_PUNCT,
    CLAUSE_WORDS,
    QUANTITY_WORDS,
    RELATIVE_PRONOUNS,
)

# The types whose object is often people or bodies of a country: measures and expulsions.
_TYPES: Final = frozenset({"sanction", "relations"})
# Words between the first country's noun and "and": its head and a place or name in apposition.
_REACH: Final = 10
_BEFORE_OWNER: Final = frozenset({"the", "a", "an", "several", "some", "other"}) | QUANTITY_WORDS


def with_owned_people(units: list[Unit], trigger: int, objects: list[int], prep: str) -> list[int]:
    """``objects`` with the owner of the people joined by "and" after the last of them, when the
    trigger at ``trigger`` is a measure or an expulsion and the last object is people of a
    country ("Mexico's ambassador", "Spanish diplomats")."""
    if not objects or not any(spec.event_type in _TYPES for spec in units[trigger].triggers()):
        return objects
    last = objects[-1]
    if not _people_of_a_country(units, last):
        return objects
    k = last + 1
    while k < min(len(units), last + _REACH) and units[k].low != "and":
        unit = units[k]
        if unit.text in BOUNDARY_PUNCT or unit.text in ".!?" or unit.low in CLAUSE_WORDS \
                or unit.low in RELATIVE_PRONOUNS or unit.triggers():
            return objects
        if unit.actor is not None and unit.actor.kind != "person" and units[k - 1].low not in ("in", "at"):
            return objects  # another country named before "and": a list the grammar reads already
        k += 1
    k += 1
    if k < len(units) and prep and units[k].low == prep:
        k += 1  # "and on two American firms"
    while k < len(units) and units[k].low in _BEFORE_OWNER:
        k += 1
    if k >= len(units) or not _people_of_a_country(units, k):
        return objects
    country = state_of(units[k]).country
    return objects + [k] if country and all(state_of(units[o]).country != country for o in objects) else objects


def _people_of_a_country(units: list[Unit], k: int) -> bool:
    """Whether the unit at ``k`` names people or bodies of a country: "Mexico's ambassador",
    "Spanish diplomats" (an actor described so), "Taiwan's representative", "American institutions"
    (a possessive or a demonym before a plain word)."""
    unit = units[k]
    if unit.actor is not None and unit.actor.kind == "description":
        return " " in unit.text  # "Spanish diplomats", not "Spain" standing for its diplomats
    nxt = units[k + 1] if k + 1 < len(units) else None
    return nxt is not None and nxt.actor is None and nxt.low.isalpha() and nxt.low != "and" \
        and (unit.possessive and unit.actor is not None or unit.actor is None and unit.sense("demonym") is not None)
