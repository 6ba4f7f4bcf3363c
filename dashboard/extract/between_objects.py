"""A saying about a tie between two others: "Japan welcomed the ceasefire between Armenia and
Azerbaijan", "voiced concern over the pact between China and Solomon Islands", "hailed the
cooperation between A and B". It is aimed at each side named after "between" (the speaker's
own country left out), as one statement per side."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from dashboard.extract.actor_makers import state_of
from dashboard.extract.words import BOUNDARY_PUNCT, CLAUSE_WORDS, RELATIVE_PRONOUNS

if TYPE_CHECKING:
    from dashboard.extract.frames import SentenceFrames

# Word classes of a noun whose "between" names the two sides: deals, ties, wars and truces.
_TIE_CLASSES: Final = ("agreement", "partnership", "setting")
_WINDOW: Final = 8  # "welcomed the progress made in relations between": the object's noun phrase


def _tie_noun(sf: SentenceFrames, k: int) -> bool:
    unit = sf.units[k]
    if any(spec.pos == "noun" and spec.event_type != "statement" for spec in unit.triggers()):
        return True  # "the talks", "the deal"
    classes = sf.lexicon.word_classes
    return any(unit.low in classes.get(name, ()) for name in _TIE_CLASSES)


def between_sides(sf: SentenceFrames, index: int, actors: list[int]) -> list[int]:
    """The sides of "the <tie> between X and Y" in the object of the saying at ``index``
    (none when a clause, another actor or a verb comes first)."""
    units = sf.units
    if "between" not in {unit.low for unit in units[index + 1:index + _WINDOW]}:
        return []
    for k in range(index + 1, min(len(units) - 1, index + _WINDOW)):
        unit = units[k]
        if unit.low == "between":
            j = k + 1 if units[k + 1].low != "the" else k + 2
            if not _tie_noun(sf, k - 1) or j >= len(units) or units[j].actor is None:
                return []
            sides = sf.coordinated_right(j, check_clause=False)
            own = {state_of(units[a]).country for a in actors}
            others = [s for s in sides if state_of(units[s]).country not in own]
            return others if len(sides) >= 2 else []
        if unit.actor is not None or unit.text in BOUNDARY_PUNCT or unit.text in ",.!?" \
                or unit.low in RELATIVE_PRONOUNS or unit.low in CLAUSE_WORDS \
                or any(spec.pos in ("verb", "report") for spec in unit.triggers()):
            return []
    return []
