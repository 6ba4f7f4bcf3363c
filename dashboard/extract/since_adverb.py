"""Clause words that open a clause of their own left of a verb, where the verb's subject search
stops; "since" as an adverb inside a perfect verb ("has since tested", "had since then signed")
opens none, so the subject lies left of the auxiliary."""

from __future__ import annotations

from typing import Final

from dashboard.extract.complements import judged_as
from dashboard.extract.contrast_predicates import contrast_predicate
from dashboard.extract.units import Unit
from dashboard.extract.words import CLAUSE_WORDS

_PERFECT: Final = frozenset({"has", "have", "had"})
# Words that may stand between the auxiliary and "since" ("has also since", "had not since").
_BETWEEN: Final = frozenset({"also", "not", "never", "only"})


def adverb_since(units: list[Unit], k: int, verb: int) -> bool:
    """Whether "since" at ``k`` is the adverb of the perfect verb at ``verb``: right before it
    (or before "then" right before it) and after "has", "have" or "had"."""
    if units[k].low != "since":
        return False
    j = k + 1
    if j < verb and units[j].low == "then":
        j += 1
    if j != verb:
        return False
    a = k - 1
    while a >= 0 and units[a].low in _BETWEEN:
        a -= 1
    return a >= 0 and units[a].low in _PERFECT


def opens_clause(units: list[Unit], k: int, verb: int) -> bool:
    """Whether the word at ``k`` opens a clause between the verb at ``verb`` and its subject; not
    "such as", "as" of a judgement ("saw it as"), "so far", the adverb "since", nor "but" before
    a second predicate."""
    low = units[k].low
    if low not in CLAUSE_WORDS or units[k + 1].low == "far" or adverb_since(units, k, verb):
        return False
    if contrast_predicate(units, verb) == k:
        return False  # "thanked Peru but said": a second predicate of the same subject
    return not (low == "as" and (k > 0 and units[k - 1].low in ("such", "well") or judged_as(units, k)))
