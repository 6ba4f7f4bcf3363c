"""A participle after a relative clause is done by the subject of the clause the relative
clause hangs on: in "Mali's rulers ended an accord that Algeria had brokered, accusing
Algiers of meddling", Mali accuses, not Algeria (the subject of "had brokered")."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames
from dashboard.extract.words import (
    BE_FORMS,
    BOUNDARY_PUNCT,
    CLAUSE_VERBS,
    REPORTING_VERBS,
)

# Relative pronouns that open a clause on a noun ("where" opens a place, "whose" a possessor).
_RELATIVES: Final = frozenset({"that", "which", "whom", "who"})
# How far left of the comma the relative pronoun, and then the verb before it, may stand.
_REACH: Final = 12


def _is_verb(sf: SentenceFrames, k: int) -> bool:
    unit = sf.units[k]
    return (unit.low in CLAUSE_VERBS or unit.low in REPORTING_VERBS or unit.low in BE_FORMS
            or any(spec.pos == "verb" for spec in unit.triggers()))


def after_relative_subject(sf: SentenceFrames, index: int) -> list[int]:
    """The subject of the verb before the relative clause that the ", -ing" phrase at ``index``
    follows; [] when no relative clause with an actor of its own closes just before the comma."""
    units = sf.units
    if index < 4 or units[index - 1].text != "," or not units[index].low.split(" ", 1)[0].endswith("ing"):
        return []
    relative, actor = -1, False
    for k in range(index - 2, max(-1, index - 2 - _REACH), -1):
        if units[k].text in BOUNDARY_PUNCT or units[k].text in ",.;":
            return []
        if units[k].low in _RELATIVES:
            relative = k
            break
        actor = actor or units[k].actor is not None
    if relative < 2 or not actor or _is_verb(sf, relative - 1) or units[relative - 1].actor is not None:
        return []  # "said that Algeria had ...": a reported clause, not a relative one
    for k in range(relative - 1, max(-1, relative - 1 - _REACH), -1):
        if units[k].text in BOUNDARY_PUNCT or units[k].text in ",.;":
            return []
        if _is_verb(sf, k):
            mode, fallback = sf.control_mode, sf.subject_is_fallback
            subject = sf.subject(k)
            sf.control_mode, sf.subject_is_fallback = mode, fallback  # the participle keeps its own reading
            return subject
    return []
