"""An envoy who leaves a post on their own: "the Latvian ambassador in Moscow is to return home",
"the U.S. ambassador left Moscow" (a recall by the envoy's state from where they served)."""

from __future__ import annotations

from typing import Final

from dashboard.extract.envoys import ENVOY_REACH
from dashboard.extract.frames import SentenceFrames

# Words that end the envoy's phrase before the verb: another clause begins.
_CLAUSE_BREAKS: Final = frozenset({"and", "but", "that", "who", "which", "after", "before", "when", "while",
                                   "as", "said", "says", "if", "because"})

# "were told to come home": envoys sent for by their own state (a recall).
_TELLING: Final = frozenset({"asked", "told", "ordered", "instructed"})
# "its staff would leave Ecuador": the base form is the envoy's own departure only after these.
_MODALS: Final = frozenset({"would", "will"})


def envoy_at(sf: SentenceFrames, index: int) -> int:
    """Where an envoy word stands in the active verb's subject, a few words before it, else -1."""
    if sf.is_passive(index) or (sf.units[index].low == "leave" and (index == 0 or sf.units[index - 1].low not in _MODALS)):
        return -1  # "to leave" follows an order or a plan ("asked the envoy to leave"); "would leave" is the envoy's own
    envoys = sf.lexicon.word_classes.get("ambassador", frozenset())
    end = index
    if index >= 2 and sf.units[index - 1].low == "to" and sf.units[index - 2].low in _TELLING:
        end = index - 2  # "diplomats in Kenya had been told to come home": the envoys of the telling verb
    if index >= 4 and sf.units[index - 1].text == "," and sf.units[index - 3].text == ",":
        end = index - 3  # "the U.S. ambassador, John Sullivan, left": the name is in apposition
    for k in range(end - 1, max(-1, end - ENVOY_REACH - 1), -1):
        unit = sf.units[k]
        if unit.text in ".,;:!?" or unit.low in _CLAUSE_BREAKS:
            return -1
        if unit.low in envoys or any(piece in envoys for piece in unit.low.split()) \
                or (k > 0 and f"{sf.units[k - 1].low} {unit.low}" in envoys):  # "its diplomatic staff"
            return k
    return -1


def envoy_leaving(sf: SentenceFrames, index: int) -> bool:
    """Whether the verb at ``index`` ("left", "returned home") has an envoy as its subject."""
    return envoy_at(sf, index) >= 0


def envoy_post(sf: SentenceFrames, index: int) -> list[int]:
    """The place of the envoy's post, named in their phrase ("the ambassador in Moscow")."""
    start = envoy_at(sf, index)
    for k in range(start + 1, index - 1) if start >= 0 else ():
        place = sf.units[k + 1]
        if sf.units[k].low in ("in", "to") and place.actor is not None and place.is_placeish:
            return [k + 1]
    return []
