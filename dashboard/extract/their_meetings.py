"""An earlier or later meeting of the article's latest pair told by "their": "Their second
summit, in Hanoi, ended early", "at their previous meeting on June 22"."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames
from dashboard.extract.lexicon import TriggerSpec

# The referenced type of such a meeting: the latest pair's sides, its own date and place.
THEIR_OTHER: Final = "their other"
# Words between "their" and the meeting noun that mark another occasion of the same two sides.
_OCCASION_WORDS: Final = frozenset({
    "first", "second", "third", "fourth", "fifth", "previous", "last", "latest", "earlier", "next",
    "virtual", "bilateral", "formal", "informal", "annual", "in-person", "face-to-face", "one-on-one"})


def their_other_meeting(sf: SentenceFrames, index: int, spec: TriggerSpec) -> bool:
    """Whether the talks noun at ``index`` is "their" meeting with a word of another occasion
    before it ("their second summit", "their previous meeting"), naming no side of its own."""
    if spec.event_type != "meeting" or spec.event_mode != "talks" or spec.pos != "noun":
        return False
    k = index - 1
    while k >= 0 and index - k <= 3 and sf.units[k].low in _OCCASION_WORDS:
        k -= 1
    if k == index - 1 or k < 0 or sf.units[k].low != "their":
        return False
    return not sf.between(index) and not sf.object_actors(index, spec.preps)[0]
