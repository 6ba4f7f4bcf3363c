"""The verb "take place": "the summit between Ruto and Museveni took place in Kampala in April
2019" tells where and when the noun before it was held. It is no new event of the name before
it, though "took" is also a trigger ("took Cuba off the list"), so the place and the date after
it stay the summit's."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit

_TAKE: Final = frozenset(("take", "takes", "took", "taken", "taking"))


def takes_place(units: list[Unit], k: int) -> bool:
    """Whether the unit at ``k`` is the verb of "take place"."""
    return units[k].low in _TAKE and k + 1 < len(units) and units[k + 1].low == "place"
