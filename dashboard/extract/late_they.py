"""Where a "they" standing for the sides just told opens its clause after a short opener: "In
January they announced ...", "On Afghanistan, they stressed ...", "The memorandum they signed
provides ..." read as "They announced", "They stressed", "The memorandum A and B signed"."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit

# How far into the sentence the "they" may stand, and the words that end an opener: a verb
# of speech or a clause word before "they" makes it someone else's clause.
_REACH: Final = 7
_CLAUSE_WORDS: Final = frozenset({"said", "says", "say", "told", "who", "if", "when", "while", "as", "because",
                                  "but", "and", "or", "since", "after", "before", "until", "where", "whether"})


def opening_they(units: list[Unit]) -> int:
    """The index of the "they" that opens the sentence's first clause, or -1: the first word, or
    the first after an opener that names nobody and holds no verb of an event."""
    for i, unit in enumerate(units[:_REACH]):
        if unit.low == "they":
            return i if unit.actor is None else -1
        if unit.actor is not None or unit.low in _CLAUSE_WORDS:
            return -1
        if any(spec.pos == "verb" for spec in unit.triggers()):
            return -1
    return -1
