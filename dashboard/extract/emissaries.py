"""Officials sent to a gathering: "the Emirates sent its vice president", "Uganda and Congo sent
envoys", "Venezuela was represented by its foreign minister": the sender's country attends the
gathering the article tells of."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames

EMISSARY: Final = "emissary"

# Words between the verb and the official: "sent its top envoy", "sent two senior ministers"
_BEFORE_OFFICIAL: Final = frozenset({"the", "a", "an", "its", "his", "her", "their", "two", "three", "four",
                                     "several", "senior", "top", "special", "high-level", "high-ranking"})
# What may follow the official: the clause ends, or "in his place", "instead", another official;
# not a thing sent to them ("sent Kim a letter")
_AFTER_OFFICIAL: Final = frozenset({".", ",", ";", "in", "instead", "and"})
# "sent a team back to Kabul", "sent the envoys home": a return; "sent envoys to Moscow": a trip
# of its own, told by other senses
_NOT_TO_GATHERING: Final = frozenset({"back", "home", "to"})


def sends_emissary(sf: SentenceFrames, index: int) -> bool:
    """Whether a verb of sending has an official of the sender for its object (a person named
    or described, or a word such as "envoys" or "delegation") and no place it goes to."""
    units = sf.units
    k = index + 1
    while k < len(units) and units[k].low in _BEFORE_OFFICIAL:
        k += 1
    if k >= len(units):
        return False
    unit = units[k]
    words = sf.lexicon.word_classes.get(EMISSARY, frozenset())
    actor = unit.actor
    named = actor is not None and not unit.possessive and actor.kind in ("person", "description", "title")
    if not named and unit.low not in words and unit.low.split()[-1] not in words:
        return False
    if " of " in unit.low or k + 1 < len(units) and units[k + 1].low == "of":
        return False  # "sent the presidents of Ghana and Togo": others travel, not the sender
    if k + 1 < len(units) and units[k + 1].low not in _AFTER_OFFICIAL:
        return False
    return not any(units[j].low in _NOT_TO_GATHERING for j in range(k + 1, min(len(units), k + 6)))
