"""The sides of a visit whose guest is named as such: "alongside visiting Russian Foreign Minister
Sergei Lavrov" is Lavrov's visit; "accepted Japan's invitation to visit next year" is a visit to
Japan."""

from __future__ import annotations

from dashboard.extract.invitations import inviting_host
from dashboard.extract.units import Unit
from dashboard.extract.visiting_guests import visiting_guest


def guest_sides(units: list[Unit], index: int, actors: list[int], targets: list[int]) -> tuple[list[int], list[int]]:
    """The visitors and destinations of the visit trigger at ``index``, given those read so far."""
    if (guest := visiting_guest(units, index)) >= 0:
        return [guest], []
    if not targets:
        return actors, inviting_host(units, index, actors)
    return actors, targets
