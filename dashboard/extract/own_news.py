"""A plain saying about the speaker's own side that names another country: "the president told
reporters that Colombia would not bow to pressure from Washington"."""

from __future__ import annotations

from dashboard.extract.frames import SentenceFrames
from dashboard.extract.words import RELATIVE_PRONOUNS


def own_news_target(sf: SentenceFrames, index: int, own: set[str]) -> list[int]:
    """"said Colombia would not bow to pressure from Washington": a reported clause about the
    speaker's own country with no tone word is aimed at the other country it names, unless a
    statement word of the clause's own comes first ("Poland would stand by Lithuania" is that
    word's event); a word in a relative clause ("in any way that threatened") does not count."""
    targets = sf.own_clause_target(index, own)
    if not targets:
        return []
    for k in range(index + 1, targets[0]):
        if any(spec.event_type == "statement" for spec in sf.units[k].triggers()) \
                and sf.units[k - 1].low not in RELATIVE_PRONOUNS:
            return []
    return targets
