"""A state's envoy posted to a body: "Russia's U.N. Ambassador Sergey Lavrov", "the Chinese UN
envoy". The body's name stands between the state and the envoy's title, where it says where the
envoy serves, not whom the envoy speaks for (the state, as the gold sets code it)."""

from __future__ import annotations

from dashboard.extract.units import Unit


def before_title(units: list[Unit], k: int, adjectives: frozenset[str]) -> bool:
    """Whether the unit at ``k`` may stand between a state and its official's title: an adjective
    ("Iran's religious leader") or the body an envoy is posted to ("Russia's U.N. Ambassador")."""
    return units[k].low in adjectives or body_posted_at(units, k)


def body_posted_at(units: list[Unit], k: int) -> bool:
    """Whether the unit at ``k`` is a group's name told right before an envoy's title, as the
    post of a state's envoy named before it ("U.N." in "Russia's U.N. Ambassador")."""
    if k + 1 >= len(units) or units[k].sense("group") is None or units[k].sense("country") is not None:
        return False
    title = units[k + 1].sense("title")
    return title is not None and title.role == "envoy"
