"""An actor after a verb no lexicon row knows is that verb's object: "a crisis that unsettled the
African Union and threatened to ...", "the row angered Berlin and threatened ...": the actor is
no subject of the verb joined by "and"; the one who did both is further left, if anywhere."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit

_ARTICLES: Final = frozenset({"the", "a", "an"})


def object_of_plain_verb(units: list[Unit], first: int, last: int, verb: int) -> bool:
    """Whether the actors ``first``..``last`` follow a lowercase past-tense word (not itself after
    an article: "the embattled Venezuela") and "and" joins them straight to ``verb``; or, as a
    headline joins two predicates by a comma, a lowercase present-tense word too ("Pezeshkian picks
    Baghdad for first trip, signs 14 accords")."""
    comma = _comma_joined(units, last, verb)
    if not comma and (last + 2 != verb or units[last + 1].low != "and"):
        return False
    k = first - 1
    while k >= 0 and units[k].low in _ARTICLES:
        k -= 1
    if k < 1 or units[k - 1].low in _ARTICLES:
        return False
    prev = units[k]
    return prev.actor is None and prev.text.isalpha() and prev.text.islower() and (
        prev.low.endswith("ed") and not comma or comma and prev.low.endswith("s"))


# How many words a headline's first predicate may go on after its object ("for first foreign trip").
_HEADLINE_REACH: Final = 6


def _comma_joined(units: list[Unit], last: int, verb: int) -> bool:
    """Whether a comma right before ``verb`` (in the present tense of headlines) closes a short
    stretch after ``last`` that names no actor: a second predicate joined to the first by the comma."""
    return (last + 1 < verb - 1 < last + 1 + _HEADLINE_REACH and units[verb - 1].text == "," and units[verb].low.endswith("s")
            and all(unit.actor is None and unit.text not in ",;:" for unit in units[last + 1:verb - 1]))


def listed_predicate(units: list[Unit], verb: int) -> bool:
    """Whether the verb at ``verb`` follows a comma directly and is no gerund, as the next of a
    list of predicates: "Japan thanked India for its help, criticised China ... and urged": India,
    the object of "thanked", does not control "criticised" as it does "to show restraint" in
    "urged Israel to show restraint" or "helping" in "thanked India for helping"."""
    return verb > 0 and units[verb - 1].text == "," and not units[verb].low.endswith("ing")
