"""Who acts in a relative clause whose antecedent is no actor: in "Hungary is now the only member
that has not ratified the treaty", the copula's subject, Hungary; in "Biden signed an executive
order that expelled ten diplomats", whoever issued the order, Biden."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit
from dashboard.extract.words import BE_FORMS

_FILLERS: Final = frozenset({"now", "still", "also", "then", "the", "a", "an", "only", "last", "first", "one", "sole",
                            "among"})
# Documents that act in their issuer's name, and the verbs that issue them.
_DOCUMENTS: Final = frozenset({"order", "decree", "law", "directive", "proclamation", "ordinance", "bill"})
_ISSUING_VERBS: Final = frozenset({"signed", "signs", "issued", "issues", "passed", "passes", "enacted", "enacts",
                                   "adopted", "adopts", "approved", "approves", "promulgated"})
_DOCUMENT_MODIFIERS: Final = frozenset({"a", "an", "the", "new", "executive", "presidential", "royal", "emergency"})


def antecedent_owner(units: list[Unit], noun: int) -> int:
    """For the antecedent at ``noun`` of a relative clause: the actor X of "X is (now) the only N"
    (an actor's index), or the verb of "X signed a decree" (whose subject acts), else -1."""
    copula = _copular_subject(units, noun)
    return copula if copula >= 0 else _issuing_verb(units, noun)


def _copular_subject(units: list[Unit], noun: int) -> int:
    k = noun - 1
    while k >= 0 and noun - k <= 4 and units[k].low not in BE_FORMS:
        if units[k].low not in _FILLERS and not (units[k].actor is not None and not units[k].possessive):
            return -1  # "the only NATO member": a modifier actor may stand in the predicate
        k -= 1
    if k < 1 or units[k].low not in BE_FORMS or units[k + 1].low not in _FILLERS:
        return -1
    subject = units[k - 1]
    return k - 1 if subject.actor is not None and not subject.possessive else -1


def _issuing_verb(units: list[Unit], noun: int) -> int:
    if noun < 1 or units[noun].low not in _DOCUMENTS:
        return -1
    k = noun - 1
    while k >= 0 and noun - k <= 3 and units[k].low in _DOCUMENT_MODIFIERS:
        k -= 1
    return k if k >= 0 and k < noun - 1 and units[k].low in _ISSUING_VERBS else -1
