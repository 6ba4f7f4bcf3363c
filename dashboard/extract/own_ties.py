"""Two sides speaking of their own ties: "Both ministers praised the close ties between the
two countries", "Chile and Peru stressed their partnership". Each side speaks of the other, so
the statement is aimed both ways (read like "praised each other")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from dashboard.extract.actor_makers import state_of

if TYPE_CHECKING:
    from dashboard.extract.frames import SentenceFrames

# Nouns for the dealings of two states with each other.
_TIE_WORDS: Final = frozenset({"ties", "relations", "relationship", "partnership", "cooperation",
                               "friendship", "bilateral"})
_REACH: Final = 15  # units after the verb within which the ties must be named


def about_own_ties(sf: SentenceFrames, index: int, actors: list[int]) -> bool:
    """Whether the statement at ``index`` by exactly two countries names their ties soon after the
    verb, and the sentence names no third country ("stressed ties ... with India" is aimed at
    India; "On Syria, both stressed their cooperation" is about Syria)."""
    own = {state_of(sf.units[k]).country for k in actors}
    if len(own) != 2 or not all(own):
        return False
    if any(state_of(unit).country not in own for unit in sf.units if state_of(unit).country):
        return False
    return any(unit.low in _TIE_WORDS for unit in sf.units[index + 1:index + 1 + _REACH])
