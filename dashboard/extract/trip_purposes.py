"""Talks told as the purpose of a trip: "travelled to Dhaka for consultations", "arrived in
Beijing for two days of talks", "will fly to Tokyo for a second round of high-level talks". The
words between "for" and the talks noun only describe the talks."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit
from dashboard.extract.words import CLAUSE_WORDS, COORDINATORS, PREPOSITIONS

# How many words may describe the talks between "for" and the noun ("the first round of").
_REACH: Final = 5
# Words between "and" or "for" and any talks noun: "and (direct) talks", "for a meeting".
JOINED_MODIFIERS: Final = frozenset({"a", "an", "direct", "further", "later", "then", "separate", "face-to-face"})
# The talks nouns whose description may be long; "a meeting of the bloc's leaders" is a gathering.
_TALKS: Final = frozenset({"talks", "consultations", "negotiations", "discussions"})


def _describes(unit: Unit) -> bool:
    """Whether a word may stand in the description of a talks noun: no name, no trigger, no
    preposition but "of", no conjunction."""
    return (unit.actor is None and not unit.triggers() and unit.text[:1].islower() and unit.low not in COORDINATORS
            and unit.low not in CLAUSE_WORDS and (unit.low == "of" or unit.low not in PREPOSITIONS)
            and unit.low.replace("-", "").isalpha())


def purpose_for(units: list[Unit], noun: int, stop: int) -> int:
    """The index of the "for" that makes the talks noun at ``noun`` the purpose of what comes
    before it (not before ``stop``), past the words that describe the talks; -1 when there is none.
    Only plain talks take a long description ("for a meeting of the bloc's leaders" is a gathering)."""
    talks = units[noun].low in _TALKS
    k = noun - 1
    while k > stop and (units[k].low in JOINED_MODIFIERS or talks and k >= noun - _REACH and units[k].low != "for"
                        and _describes(units[k])):
        k -= 1
    return k if k > stop and units[k].low == "for" else -1


def trip_purpose(units: list[Unit], noun: int) -> bool:
    """Whether the talks noun at ``noun`` is told as the purpose of a trip told before it in the
    sentence ("travelled to Dhaka for consultations")."""
    start = purpose_for(units, noun, -1)
    return start > 0 and any(spec.event_type == "visit" and spec.pos == "verb"
                             for unit in units[:start] for spec in unit.triggers())
