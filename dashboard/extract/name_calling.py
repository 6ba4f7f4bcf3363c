"""Name-calling: a call verb whose object is given a judging label ("called the two moves
"unlawful"", "called his Peruvian counterpart a "thug"") is a criticism of the object's side.

Two shapes the plain object check misses: a label in quotes after a long object (two things
joined by "and"), and "called his counterpart ..." read by the lexicon as a phone call."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from dashboard.extract.lexicon import TriggerSpec
from dashboard.extract.words import RELATIVE_PRONOUNS

if TYPE_CHECKING:
    from dashboard.extract.frames import SentenceFrames
    from dashboard.extract.units import Unit

CENSURE: Final = "censure"
_REACH: Final = 16  # units after the verb within which a quoted label may stand
_ARTICLES: Final = frozenset({"a", "an", '"'})
_NAME_WORDS: Final = 4  # words of a name in commas after the counterpart
_CLAUSE_TURNS: Final = frozenset({"to", "what", "after", "before", "over", "about", "because", "as", "said", "saying"})
_CENSURE_CALL: Final = TriggerSpec(phrase="call dangerous", pos="verb", event_type="statement",
                                   event_mode="criticism", frame="agent", object_class=CENSURE,
                                   preps=("=",), needs_support=False)


def labelled_censure(sf: SentenceFrames, index: int) -> bool:
    """The object check of a censuring call verb: a censure word in the object, or one opening a
    quote later in the same clause ("called A and a similar step by B "unlawful"")."""
    if sf.object_has_class(index, CENSURE):
        return True
    words = sf.lexicon.word_classes.get(CENSURE, frozenset())
    units = sf.units
    for k in range(index + 1, min(len(units) - 1, index + 1 + _REACH)):
        unit = units[k]
        if unit.text in ".;:!?" or unit.low in RELATIVE_PRONOUNS or unit.low in _CLAUSE_TURNS \
                or any(spec.pos == "verb" for spec in unit.specs):
            return False  # the label names the object, so it comes before any new clause or act
        if unit.text == '"' and units[k + 1].low in words:
            return True
    return False


def insults_counterpart(units: list[Unit], index: int, words: frozenset[str]) -> bool:
    """Whether "called his/her" at ``index`` gives its object a censure label right after it:
    "called his Chilean counterpart, Gabriel Soto, a "liar"" (an article or a quote, then the word)."""
    k = index + 2  # past the counterpart
    if k < len(units) and units[k].text == ",":  # the counterpart's name in commas
        end = next((j for j in range(k + 1, min(len(units), k + 2 + _NAME_WORDS)) if units[j].text == ","), -1)
        if end < 0 or not all(unit.actor is not None or unit.text[:1].isupper() for unit in units[k + 1:end]):
            return False
        k = end + 1
    if k + 1 >= len(units) or units[index + 1].actor is None or units[k].low not in _ARTICLES:
        return False
    nxt = units[k + 1]
    return nxt.low in words or (nxt.text == '"' and k + 2 < len(units) and units[k + 2].low in words)


def as_name_calling(units: list[Unit], words: frozenset[str]) -> None:
    """Read "called his counterpart ... a "liar"" as a censure, not a phone call."""
    for index, unit in enumerate(units):
        if unit.specs and all(spec.phrase == "call counterpart" for spec in unit.specs) \
                and insults_counterpart(units, index, words):
            unit.specs = (_CENSURE_CALL,)
