"""Whose turn it is to act after a statement verb's object: "urged Israel to show restraint"
(Israel shows it), but "summoned the Chilean envoy to protest" (the summoner protests: a
summons calls the envoy in, it asks nothing of the envoy)."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit
from dashboard.extract.words import CONTROL_MODES, QUANTITY_WORDS

_BEFORE_OBJECT: Final = frozenset({"the", "a", "an", "his", "her", "its", "their"})
# The object class of the summoning verb ("summoned the ambassador").
_SUMMONED: Final = "diplomat"
# How far back from the verb "to" may stand: "to lodge a strong protest".
_PURPOSE_WINDOW: Final = 4


def controlling_statement(units: list[Unit], actor: int, index: int) -> str | None:
    """The mode of a statement verb whose object is the actor at ``actor`` and who therefore acts
    in the verb at ``index``, if any; none for a summons followed by its purpose ("summoned X
    to complain")."""
    k = actor - 1
    while k >= 0 and (units[k].low in _BEFORE_OBJECT or units[k].low in QUANTITY_WORDS or units[k].low.isdigit()):
        k -= 1
    if k < 0:
        return None
    for spec in units[k].triggers():
        if spec.pos == "verb" and spec.event_type == "statement" and spec.event_mode in CONTROL_MODES:
            if spec.object_class == _SUMMONED and _purpose(units, actor, index):
                return None
            return spec.event_mode
    return None


def _purpose(units: list[Unit], actor: int, index: int) -> bool:
    """Whether the verb at ``index`` stands in an infinitive right after the object at ``actor``:
    "summoned X on Monday to complain", "to lodge a protest"; not "... after he accused"."""
    for k in range(index - 1, max(actor, index - 1 - _PURPOSE_WINDOW), -1):
        if units[k].low == "to":
            return True
        if units[k].actor is not None or units[k].text in (",", ";"):
            return False
    return False
