"""An invitation to visit: "Meloni accepted an invitation to visit China", "Hu accepted Japan's
invitation to visit next year". The guest is who holds or accepts the invitation (the subject of
the clause around the noun), not its owner; the owner is the host when no destination is named."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit

_INVITATION_NOUNS: Final = frozenset({"invitation", "invitations"})
# Only a trip: "an invitation to join the alliance" is an aim, read in aspired_joins.py.
_TRIP_VERBS: Final = frozenset({"visit", "come", "travel", "attend"})


def invitation_before(units: list[Unit], index: int) -> int:
    """The index of "invitation" in "invitation to" + the trip verb at ``index``, else -1."""
    if index >= 2 and units[index].low in _TRIP_VERBS and units[index - 1].low == "to" and units[index - 2].low in _INVITATION_NOUNS:
        return index - 2
    return -1


def inviting_host(units: list[Unit], index: int, guests: list[int]) -> list[int]:
    """The possessor of the invitation before the visit verb at ``index`` ("Japan's invitation to
    visit"), when it is another country's than the guests', else none."""
    noun = invitation_before(units, index)
    if noun < 1 or not units[noun - 1].possessive:
        return []
    host = units[noun - 1].actor
    guest_countries = {actor.country for k in guests if (actor := units[k].actor) is not None}
    if host is None or host.country in guest_countries:
        return []
    return [noun - 1]
