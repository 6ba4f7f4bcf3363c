"""A statement noun quoted right after its support verb: 'expressed its "firm support" for
Caracas', 'voiced "strong indignation"'. Papers quote an official's own words for the noun,
but the verb still makes it an act of the subject; read without the marks, the verb finds
its noun and the noun its object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from dashboard.extract.quoted_predicates import MARK, opening_marks, without

if TYPE_CHECKING:
    from dashboard.extract.units import Unit

# Words that may stand between the support verb and the opening mark.
_DETERMINERS: Final = frozenset({"its", "his", "her", "their", "a", "an", "the", "our"})
# At most this many words between the marks: a short noun phrase, not a speech.
_REACH: Final = 4


def _supports_statement(unit: Unit) -> bool:
    return any("statement" in sense.data.applies_to for sense in unit.all_senses("support"))


def _noun_inside(units: list[Unit], start: int, stop: int) -> bool:
    """Whether the words between the marks are lower-case and hold a statement noun trigger."""
    found = False
    for unit in units[start:stop]:
        if unit.actor is not None or not unit.text[:1].islower():
            return False
        found = found or any(spec.pos == "noun" and spec.event_type == "statement" for spec in unit.specs)
    return found


def unquoted_nouns(units: list[Unit]) -> list[Unit]:
    """The units without the marks of a short quoted statement noun after a support verb."""
    drop: set[int] = set()
    for k in opening_marks(units):
        verb = k - 2 if units[k - 1].low in _DETERMINERS else k - 1
        if verb < 0 or not _supports_statement(units[verb]):
            continue
        close = next((j for j in range(k + 1, min(len(units), k + _REACH + 2)) if units[j].text == MARK), -1)
        if close > k + 1 and _noun_inside(units, k + 1, close):
            drop.update((k, close))
    return without(units, drop)
