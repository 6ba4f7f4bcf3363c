"""An actor after a verb no lexicon row knows is that verb's object: "a crisis that unsettled the
African Union and threatened to ...", "the row angered Berlin and threatened ...": the actor is
no subject of the verb joined by "and"; the one who did both is further left, if anywhere."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit

_ARTICLES: Final = frozenset({"the", "a", "an"})


def object_of_plain_verb(units: list[Unit], first: int, last: int, verb: int) -> bool:
    """Whether the actors ``first``..``last`` follow a lowercase past-tense word (not itself after
    an article: "the embattled Venezuela") and "and" joins them straight to ``verb``."""
    if last + 2 != verb or units[last + 1].low != "and":
        return False
    k = first - 1
    while k >= 0 and units[k].low in _ARTICLES:
        k -= 1
    if k < 1 or units[k - 1].low in _ARTICLES:
        return False
    prev = units[k]
    return prev.actor is None and prev.text.isalpha() and prev.text.islower() and prev.low.endswith("ed")
