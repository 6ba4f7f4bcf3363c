"""Presence told by a remote means: "attended the summit by video link", "took part in the
meeting virtually" is a call to the gathering, not a trip to it."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames

# How far right of the trigger the means may be told ("attended the summit of BRICS leaders in
# Johannesburg by video link").
_REACH: Final = 14
_MEANS_PREPOSITIONS: Final = frozenset({"by", "via", "over"})
_REMOTE_ADVERBS: Final = frozenset({"virtually", "remotely", "online"})


def told_remotely(sf: SentenceFrames, index: int) -> bool:
    """Whether the clause of the trigger at ``index`` tells a remote means after it ("by video
    link", "via videoconference", "by telephone", "virtually")."""
    units = sf.units
    telecom = sf.lexicon.word_classes.get("telecom", frozenset())
    for k in range(index + 1, min(len(units), index + _REACH)):
        low = units[k].low
        if low in ".;:!?" or low in ("while", "but", "and", "after", "before", "when", "where", "which", "who"):
            return False
        if low in _REMOTE_ADVERBS:
            return True
        if low in _MEANS_PREPOSITIONS and k + 1 < len(units):
            following = units[k + 1].low
            if following in telecom or (k + 2 < len(units) and f"{following} {units[k + 2].low}" in telecom):
                return True
    return False
