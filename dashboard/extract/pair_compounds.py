"""Two sides joined by a hyphen before a meeting or a deal: "the Kenya-Uganda talks", "the
Australia-Japan Annual Leaders' Meeting", "a U.S.-India nuclear deal"."""

from __future__ import annotations

from typing import Final

from dashboard.extract.actor_makers import state_of
from dashboard.extract.frames import SentenceFrames

# Types whose noun, after such a pair, names an event between its two sides.
PAIRED_TYPES: Final = frozenset({"meeting", "agreement"})
# Words that may stand between the pair and the noun: "Annual Leaders' Meeting", "nuclear deal".
_MODIFIERS_BETWEEN: Final = 3


def compound_sides(sf: SentenceFrames, index: int) -> tuple[list[int], list[int]] | None:
    """The first side and the second of a "A-B" pair before the trigger noun at ``index``
    (skipping a few modifiers, not a clause boundary), or None when no such pair is there."""
    units = sf.units
    k = index - 1
    skipped = 0
    while k >= 2 and skipped < _MODIFIERS_BETWEEN and units[k].low != "-" and not state_of(units[k]).country:
        if not (units[k].text[:1].isalpha() or units[k].text == "'") or units[k].triggers():
            return None  # a comma, a verb or another trigger: the pair, if any, is not this noun's
        k -= 1
        skipped += 1
    if k < 2 or units[k - 1].low != "-":
        return None
    first, second = state_of(units[k - 2]).country, state_of(units[k]).country
    if not first or not second or first == second:
        return None
    return [k - 2], [k]
