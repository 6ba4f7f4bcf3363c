"""Countries named as where a group of people comes from: "Officials from India and China met",
"Commanders from both sides met": those countries are the subject's sides, as they are after
"of" ("officials of the two countries")."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit

# Words skipped between "from" and the countries ("from the two countries", "from both sides"
# are one unit already).
_SKIPPED: Final = frozenset({"the", "a", "an", "its", "their"})


def people_from(units: list[Unit], group: list[int], word_classes: dict[str, frozenset[str]]) -> bool:
    """Whether two or more sides (``group``) follow "from" after a noun naming a group of people
    ("officials", "commanders", "delegations"; the last word of a title unit counts: "foreign
    ministers"); not one place a group left ("recalled its diplomats from Bangkok")."""
    k = group[0] - 1
    while k >= 0 and units[k].low in _SKIPPED:
        k -= 1
    if len(group) < 2 or k < 1 or units[k].low != "from" or units[k - 1].actor is not None:
        return False
    return units[k - 1].low.rsplit(" ", 1)[-1] in word_classes.get("people_groups", frozenset())
