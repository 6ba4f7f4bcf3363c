"""Which two sides "the two sides", "the two leaders" or "the two" stand for when the sentence
itself told them before: "Jaishankar visited Male, where the two sides signed ...", "Wong
said she had raised it with Wang Yi when the two met"."""

from __future__ import annotations

from typing import Final

from dashboard.extract.actor_makers import state_actor
from dashboard.extract.units import Actor, Unit
from dashboard.extract.words import PLACE_PREPS

# Events whose two countries "the two sides" later in the same sentence stands for.
_HERE_PAIR_TYPES: Final = frozenset({"visit", "meeting", "relations"})


def pair_told_here(done: list[Unit], last: tuple[Actor, Actor] | None, people: bool = False) -> tuple[Actor, Actor] | None:
    """The two countries of a visit or talks told earlier in the sentence (``done``, its units
    so far), which come before the article's latest pair ``last``. For two people ("the two
    men", "the two"), the two persons of different countries any act of the sentence named
    before ("raised it with Wang Yi") will do as well."""
    told = any(spec.event_type in _HERE_PAIR_TYPES for unit in done for spec in unit.triggers())
    if not told and not (people and any(unit.triggers() for unit in done)):
        return None
    sides: dict[str, Actor] = {}
    first_told: dict[str, int] = {}  # where each side was first named
    others: set[str] = set()  # countries named besides the two people
    for k in range(len(done) - 1, -1, -1):  # the side told last is the visit's or talks' second
        unit = done[k]
        actor = unit.actor
        if actor is not None and actor.country in sides:
            first_told[actor.country] = k
        if actor is None or not actor.country or actor.country in sides:
            continue
        if unit.is_placeish and k > 0 and done[k - 1].low in PLACE_PREPS:
            continue  # "the 2015 gathering in Panama City": where, not a side
        if len(sides) == 2:
            return None  # a third country: which two is not clear
        if not told and actor.kind != "person":
            others.add(actor.country)  # "raised Australia's concerns with Wang Yi": a side's own country
            continue
        sides[actor.country] = actor if actor.kind == "person" else state_actor(actor.country)
        first_told[actor.country] = k
    if len(sides) != 2 or not others <= set(sides) or (last is not None and {last[0].country, last[1].country} == set(sides)):
        return None  # the latest pair keeps the order the text first gave it
    second, first = sides.values()
    if not told and first_told[second.country] < first_told[first.country]:
        first, second = second, first  # "A thanked B for his help, and the two": A, named first
    return first, second
