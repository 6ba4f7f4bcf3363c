"""The sides of a visit whose guest is named as such: "alongside visiting Russian Foreign Minister
Sergei Lavrov" is Lavrov's visit, to the one other country the sentence names ("Putin told visiting
Portuguese Prime Minister Jose Socrates at the Kremlin"), else where the dateline says; "accepted
Japan's invitation to visit next year" is a visit to Japan."""

from __future__ import annotations

from dashboard.extract.actor_makers import state_of
from dashboard.extract.invitation_nouns import inviting_host
from dashboard.extract.units import Unit
from dashboard.extract.visiting_guests import visiting_guest


def guest_sides(units: list[Unit], index: int, actors: list[int], targets: list[int]) -> tuple[list[int], list[int]]:
    """The visitors and destinations of the visit trigger at ``index``, given those read so far."""
    if (guest := visiting_guest(units, index)) >= 0:
        return [guest], _one_other_country(units, guest)
    if not targets:
        return actors, inviting_host(units, index, actors)
    return actors, targets


def _one_other_country(units: list[Unit], guest: int) -> list[int]:
    """The first unit of the only country besides the guest's that the sentence names, else none."""
    own = state_of(units[guest]).country
    found: dict[str, int] = {}
    for k, unit in enumerate(units):
        country = state_of(unit).country
        if country and country != own:
            found.setdefault(country, k)
    return list(found.values()) if len(found) == 1 else []
