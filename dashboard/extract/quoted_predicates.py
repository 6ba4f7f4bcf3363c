"""A quotation that opens on the verb: 'Lima "strongly condemns the raid"', 'Soto "hoped that
the talks go on"'. The subject stands outside the marks, so the clause is the writer's own
telling of what the subject did or said; read without the marks, its verb finds its subject."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from dashboard.extract.units import Unit

MARK: Final = '"'
# Words that may stand between the opening mark and the verb: "fully supports", "once again urges".
_ADVERB_WORDS: Final = frozenset({"also", "once", "again", "still", "further", "now"})


def _verb_like(unit: Unit) -> bool:
    """A finite verb form: a trigger read as a verb, else a word shaped like one ("hoped", "expresses")."""
    if any(spec.pos == "verb" for spec in unit.specs):
        return True
    low = unit.low
    return low.isalpha() and len(low) > 3 and (low.endswith("ed") or (low.endswith("s") and not low.endswith("ss")))


def _opens_on_verb(units: list[Unit], k: int) -> bool:
    """Whether the mark at ``k`` opens on a lower-case verb, perhaps after adverbs."""
    j = k + 1
    while j < len(units) and j < k + 4 and (units[j].low in _ADVERB_WORDS or units[j].low.endswith("ly")):
        j += 1
    if j >= len(units):
        return False
    word = units[j]
    return word.actor is None and word.text[:1].islower() and _verb_like(word)


def unquoted_predicates(units: list[Unit]) -> list[Unit]:
    """The units without the marks of a quotation opened right after an actor, on its verb
    (the closing mark goes too, so the count of marks stays even)."""
    drop: set[int] = set()
    for k in opening_marks(units):
        if units[k - 1].actor is None or not _opens_on_verb(units, k):
            continue
        close = next((j for j in range(k + 1, len(units)) if units[j].text == MARK), -1)
        drop.add(k)
        if close >= 0:
            drop.add(close)
    return without(units, drop)


def opening_marks(units: list[Unit]) -> list[int]:
    """Where quotations open (every other mark), past the sentence's first unit."""
    marks = [k for k, unit in enumerate(units) if unit.text == MARK]
    return [k for k in marks[::2] if k > 0]


def without(units: list[Unit], drop: set[int]) -> list[Unit]:
    return [unit for k, unit in enumerate(units) if k not in drop] if drop else units
