"""A possessive pronoun inside a list of sides: "Rahmon and his Kyrgyz counterpart (Japarov) met"
names two sides; "his" points back to the first and is no side of its own, so the list goes on
past it, as it goes on past "the", "its" and "their". A person with the country after the name
("President Tokayev of Kazakhstan") is one member: "A of X and B of Y met" has two subjects."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit
from dashboard.extract.words import COORDINATORS

_LEADING_WORDS: Final = frozenset({"the", "its", "their"})
_OWNER_PRONOUNS: Final = frozenset({"his", "her"})


def owner_in_list(units: list[Unit], k: int) -> bool:
    """Whether the unit at ``k`` is "his" or "her" between a coordinator and the actor it owns."""
    return (units[k].low in _OWNER_PRONOUNS and k >= 1 and units[k - 1].low in COORDINATORS
            and k + 1 < len(units) and units[k + 1].actor is not None and not units[k + 1].possessive)


def before_member(units: list[Unit], k: int) -> int:
    """``k`` moved left past the words that lead a list member ("and the", "and his")."""
    while k >= 0 and (units[k].low in _LEADING_WORDS or owner_in_list(units, k)):
        k -= 1
    return k


def at_member(units: list[Unit], j: int) -> int:
    """``j`` moved right past the words that lead a list member."""
    while j < len(units) and (units[j].low in _LEADING_WORDS or owner_in_list(units, j)):
        j += 1
    return j


def _person_of(units: list[Unit], person: int, country: int) -> bool:
    head, tail = units[person].actor, units[country].actor
    return (head is not None and tail is not None and head.kind == "person" and tail.kind != "person"
            and not units[person].possessive and head.country == tail.country)


def head_of(units: list[Unit], k: int) -> int:
    """The person's index when the country at ``k`` closes "<person> of (the) <country>", else ``k``."""
    j = k - 1
    if j >= 1 and units[j].low == "the":
        j -= 1
    return j - 1 if j >= 1 and units[j].low == "of" and _person_of(units, j - 1, k) else k


def tail_of(units: list[Unit], k: int) -> int:
    """The country's index when the person at ``k`` is followed by "of (the) <country>", else ``k``."""
    j = k + 1
    if j + 1 < len(units) and units[j].low == "of":
        j += 2 if units[j + 1].low == "the" else 1
        if j < len(units) and _person_of(units, k, j):
            return j
    return k
