"""An "as" that opens the complement of a verb of judging ("described the move as hostile"),
not a clause of its own ("as talks began")."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit
from dashboard.extract.words import BOUNDARY_PUNCT

_REACH: Final = 7


def judged_as(units: list[Unit], k: int) -> bool:
    """Whether the "as" at ``k`` follows a statement verb of the same clause and its object
    ("condemned the recognition as a usurpation", "described the deployment of X as a threat"),
    or opens a phrase of purpose ("handed over ambulances as part of an aid package")."""
    if k + 2 < len(units) and units[k + 1].low == "part" and units[k + 2].low == "of":
        return True
    for j in range(k - 2, max(-1, k - _REACH), -1):
        unit = units[j]
        if unit.text in BOUNDARY_PUNCT or unit.text in ",;" or unit.actor is not None and not unit.possessive:
            return False
        if any(spec.pos == "verb" and spec.event_type == "statement" for spec in unit.triggers()):
            return True
    return False


_QUOTE_REACH: Final = 12


def quoted_words_start(units: list[Unit], k: int) -> int:
    """The opening quote of the quoted words that end with the quote at ``k`` inside a clause
    ("described the situation as "more than serious" and said ...": the words quoted are part of
    the clause, not a boundary of it); -1 when the quote opens a sentence or a speech of its own."""
    if units[k].text != '"':
        return -1
    for j in range(k - 1, max(0, k - _QUOTE_REACH), -1):
        unit = units[j]
        if unit.text == '"':
            before = units[j - 1]
            return j if before.text not in BOUNDARY_PUNCT and before.text not in ",;.!?" else -1
        if unit.text in BOUNDARY_PUNCT or unit.text in ";.!?":
            return -1
    return -1
