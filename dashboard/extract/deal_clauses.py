"""A deal opening a sentence with a clause of its signers after talks: "The memorandum they
signed provides ...", "The declaration they adopted is short". "They" stands for the sides at
the table, as when it opens the sentence itself ("the two leaders" is read elsewhere)."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit

_DETERMINERS: Final = frozenset({"the", "a", "this"})


def _is_deal_noun(unit: Unit) -> bool:
    return unit.actor is None and any(spec.event_type == "agreement" and spec.pos == "noun" for spec in unit.triggers())


def deal_clause_subject(units: list[Unit]) -> int:
    """Where "they", the subject of the clause after an opening deal noun, stands ("The
    memorandum they signed": 2); -1 when the sentence opens otherwise."""
    if len(units) < 4 or units[0].low not in _DETERMINERS or not _is_deal_noun(units[1]):
        return -1
    return 2 if units[2].low == "they" and units[2].actor is None else -1
