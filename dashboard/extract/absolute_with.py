"""The subject of a "with" phrase of its own: "the bloc is split, with A, B and C opposing the
move" has A, B and C oppose it, not the bloc the main clause is about."""

from __future__ import annotations

from typing import Final

from dashboard.extract.owner_pronouns import tail_of
from dashboard.extract.units import Unit

# Words that may stand between the actors and their participle: "with A and B also opposing".
_ADVERBS: Final = frozenset({"also", "still", "now", "too", "all", "both", "likewise", "already",
                             "even", "each", "again", "instead"})
# What opens such a phrase before "with": a comma or dash after the main clause, or nothing.
_OPENERS: Final = frozenset({",", ";", "—", "–", "-"})


def absolute_subject(units: list[Unit], first: int, last: int, index: int) -> bool:
    """Whether the actors ``first`` .. ``last`` follow a "with" that opens its own phrase
    (after a comma, or at the sentence start) and the verb at ``index`` is their participle,
    at most two adverbs after them ("with A and B also opposing it")."""
    if not units[index].low.endswith("ing"):
        return False
    w = first - 1
    if w >= 0 and units[w].low == "the":
        w -= 1
    if w < 0 or units[w].low != "with" or (w > 0 and units[w - 1].text not in _OPENERS):
        return False
    between = units[tail_of(units, last) + 1:index]
    return len(between) <= 2 and all(unit.low in _ADVERBS or unit.low.endswith("ly") for unit in between)
