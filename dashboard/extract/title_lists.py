"""A plural title before a list of countries: "the leaders of Egypt, Iraq and Jordan" are each
country's leader."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Actor, Unit

_LIST_GLUE: Final = frozenset({",", "and", "as", "well", "the", "states", "countries", "members"})


def title_shared(before: list[Unit], actor: Actor) -> Actor:
    """"the leaders of Egypt, Iraq and Jordan": a plural title before a list is each country's."""
    k = len(before) - 1
    glued = False
    while k >= 0 and before[k].actor is None and before[k].low in _LIST_GLUE:
        glued = glued or before[k].low in (",", "and", "well")
        k -= 1
    if not glued or k < 0 or before[k].possessive:
        return actor
    head = before[k].actor
    if head is None or head.kind != "description" or not head.plural or "'s " not in head.name:
        return actor
    title = head.name.split("'s ", 1)[1]
    return Actor(name=f"{actor.name}'s {title}", country=actor.country, role=head.role, kind="description",
                 explicit=actor.explicit, plural=True)
