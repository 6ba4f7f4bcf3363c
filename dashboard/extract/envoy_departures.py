"""An envoy who leaves a post on their own: "the Latvian ambassador in Moscow is to return home",
"the U.S. ambassador left Moscow" (a recall by the envoy's state from where they served)."""

from __future__ import annotations

from typing import Final

from dashboard.extract.envoys import ENVOY_REACH
from dashboard.extract.frames import SentenceFrames

# Words that end the envoy's phrase before the verb: another clause begins.
_CLAUSE_BREAKS: Final = frozenset({"and", "but", "that", "who", "which", "after", "before", "when", "while",
                                   "as", "said", "says", "if", "because"})


def _envoy_at(sf: SentenceFrames, index: int) -> int:
    """Where an envoy word stands in the active verb's subject, a few words before it, else -1."""
    if sf.is_passive(index):
        return -1
    envoys = sf.lexicon.word_classes.get("ambassador", frozenset())
    end = index
    if index >= 4 and sf.units[index - 1].text == "," and sf.units[index - 3].text == ",":
        end = index - 3  # "the U.S. ambassador, John Sullivan, left": the name is in apposition
    for k in range(end - 1, max(-1, end - ENVOY_REACH - 1), -1):
        unit = sf.units[k]
        if unit.text in ".,;:!?" or unit.low in _CLAUSE_BREAKS:
            return -1
        if unit.low in envoys or any(piece in envoys for piece in unit.low.split()):
            return k
    return -1


def envoy_leaving(sf: SentenceFrames, index: int) -> bool:
    """Whether the verb at ``index`` ("left", "returned home") has an envoy as its subject."""
    return _envoy_at(sf, index) >= 0


def envoy_post(sf: SentenceFrames, index: int) -> list[int]:
    """The place of the envoy's post, named in their phrase ("the ambassador in Moscow")."""
    start = _envoy_at(sf, index)
    for k in range(start + 1, index - 1) if start >= 0 else ():
        place = sf.units[k + 1]
        if sf.units[k].low in ("in", "to") and place.actor is not None and place.is_placeish:
            return [k + 1]
    return []
