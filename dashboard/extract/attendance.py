"""A gathering attended with no venue named: "Blinken and Austin attended the meeting in person"
after "Within hours, in Brussels, NATO's ministers agreed ..." is a trip to where the sentence
before set the scene."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit

_SCENE_PREPS: Final = frozenset({"in", "at"})


def scene_place(units: list[Unit]) -> Unit | None:
    """The first place a sentence names with "in X" / "at X"."""
    for k in range(1, len(units)):
        unit = units[k]
        if unit.place is not None and unit.place_country and units[k - 1].low in _SCENE_PREPS:
            return unit
    return None


def attended_the_gathering(units: list[Unit], index: int) -> bool:
    """Whether the verb at ``index`` attends a gathering named as one already told ("attended
    the meeting"), not a new one ("attended a conference on trade")."""
    return index + 1 < len(units) and units[index + 1].low == "the"
