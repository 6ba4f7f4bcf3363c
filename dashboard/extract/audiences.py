"""Appeals and warnings to a population ("warned people in Okinawa to take cover", "urging
residents to stay indoors"): a government speaking to the public, not to another country."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames

_BEFORE_NOUN: Final = frozenset({"the", "its", "their", "our", "local", "all", "ordinary"})


def to_the_public(sf: SentenceFrames, index: int) -> bool:
    """Whether the verb at ``index`` is addressed to people at large (word class "public")."""
    words = sf.lexicon.word_classes.get("public", frozenset())
    k = index + 1
    while k < len(sf.units) and sf.units[k].low in _BEFORE_NOUN:
        k += 1
    return k < len(sf.units) and sf.units[k].actor is None and sf.units[k].low in words
