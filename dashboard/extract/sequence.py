"""Events told as what came before or around another: "agreed to resume contacts after four
hours of talks" - the talks were held, and "resume" is no support of them."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit

# Prepositions that open a phrase of time: a support verb left of one does not reach a noun
# inside it.
TIME_PREPOSITIONS: Final = frozenset({"after", "before", "following", "during", "since", "until", "ahead"})

_PHRASE_REACH: Final = 5


def in_time_phrase(units: list[Unit], index: int) -> bool:
    """Whether the noun at ``index`` sits in a phrase of time ("after four hours of talks",
    "during talks in Geneva")."""
    for k in range(index - 1, max(-1, index - 1 - _PHRASE_REACH), -1):
        unit = units[k]
        if unit.text in ",;:" or unit.actor is not None or any(spec.pos == "verb" for spec in unit.triggers()):
            return False
        if unit.low in TIME_PREPOSITIONS:
            return unit.low != "before"
    return False


def crosses_time_phrase(units: list[Unit], cue: int, anchor: int) -> bool:
    """Whether a phrase of time opens between a cue and the event it would qualify ("agreed
    after talks": the talks were held, not agreed on)."""
    return any(unit.low in TIME_PREPOSITIONS for unit in units[cue + 1:anchor])
