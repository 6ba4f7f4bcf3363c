"""Acts two sides aim at each other through a preposition: "fired missiles into each other's
territory", "sent troops against one another". Each side's act is aimed at the other, as in
"accused each other" (which names the pair right after the verb)."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames
from dashboard.extract.words import BOUNDARY_PUNCT, RELATIVE_PRONOUNS

_RECIPROCALS: Final = (("each", "other"), ("one", "another"))
# Prepositions that aim an act: "into", "at", "against". A scene is no aim ("to train in each
# other's countries": where, not at whom).
_AIMING: Final = frozenset({"at", "into", "toward", "towards", "against", "on", "over", "to"})
# How far after the verb the preposition may stand: "fired more than 20 missiles into each other's".
_REACH: Final = 8


def aimed_at_each_other(sf: SentenceFrames, index: int, preps: tuple[str, ...]) -> bool:
    """Whether one of the trigger's own prepositions (``preps``) takes "each other" or "one
    another" as its object within the verb's clause."""
    units = sf.units
    wanted = _AIMING.intersection(preps)
    for k in range(index + 1, min(len(units) - 2, index + 1 + _REACH)):
        unit = units[k]
        if unit.text in BOUNDARY_PUNCT or unit.text in ".!?," or unit.low in RELATIVE_PRONOUNS:
            return False
        if unit.low in wanted and (units[k + 1].low, units[k + 2].low) in _RECIPROCALS:
            return True
    return False
