""""Visiting" before a person is an adjective: "alongside visiting Russian Foreign Minister Sergei
Lavrov" tells Lavrov's visit, not a visit to Lavrov by the clause's subject."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit

# Words after which "visiting" opens a noun phrase rather than a clause of its own.
_BEFORE_ADJECTIVE: Final = frozenset({"alongside", "beside", "with", "by", "the", "a", "his", "her", "their",
                                      "its", "for", "to", "and", "told", "tells", "met", "meets", "meeting", "received",
                                      "receives", "hosted", "hosts", "welcomed", "welcomes", "greeted"})


def visiting_guest(units: list[Unit], index: int) -> int:
    """The index of the person "visiting" at ``index`` describes ("alongside visiting Lavrov"),
    else -1."""
    if units[index].low != "visiting" or index < 1 or index + 1 >= len(units):
        return -1
    guest = units[index + 1]
    # the last word of the unit before: "spoke with" may be one unit, a trigger of its own
    if units[index - 1].low.split(" ")[-1] not in _BEFORE_ADJECTIVE or guest.actor is None or guest.actor.kind != "person":
        return -1
    return index + 1
