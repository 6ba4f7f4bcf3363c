"""A leader invited to a place: "Orban said he had invited Kristersson to Budapest", "Trump has
invited Erdogan to the White House next month" (a planned visit by the guest to the host's
country; the invitation itself holds no talks yet)."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames

INVITED_GUEST: Final = "invited_guest"

# Words the guest's phrase may hold before "to": "invited Kim Jong Un, the North Korean leader, to"
_GUEST_REACH: Final = 6


def invited_to_place(sf: SentenceFrames, index: int) -> bool:
    """Whether the verb of inviting has one person for its object and "to" a place after it
    (a country, capital, city or seat of government), not "to" a verb ("invited Merkel to join
    their talks") nor a gathering ("invited him to the summit")."""
    if sf.is_passive(index):
        return False
    first = sf.first_object_unit(index)
    actor = first.actor if first is not None and not first.possessive else None
    if actor is None or actor.plural or actor.kind not in ("person", "description"):
        return False
    units = sf.units
    start = units.index(first) if first in units else -1
    for k in range(start + 1, min(len(units) - 1, start + _GUEST_REACH)):
        unit = units[k]
        if unit.low == "to":
            nxt = units[k + 1] if units[k + 1].low != "the" or k + 2 >= len(units) else units[k + 2]
            return nxt.actor is not None and nxt.is_placeish
        if unit.text in ".;:" or unit.low in ("and", "for", "that"):
            return False
    return False
