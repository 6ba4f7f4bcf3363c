"""An earlier or later meeting of the article's latest pair told by "their" or by "the" and an
ordinal in a sentence naming no side: "Their second summit, in Hanoi, ended early", "at their
previous meeting on June 22", "The first meeting was held in Lima in 2019"."""

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
# The words of those that tell an earlier occasion after "the" too ("the previous meeting").
_ORDINALS: Final = frozenset({"first", "second", "third", "fourth", "fifth", "previous", "last", "earlier"})
# Passive verbs after the noun that tell where and when it was held ("was held in Lima").
_HELD: Final = frozenset({"held", "convened"})


def held_after(sf: SentenceFrames, support: int, index: int) -> bool:
    """Whether the support verb of the noun at ``index`` is a past passive "held" after it: "the
    previous meeting was held in Lima" is the meeting's own place, not a new holding."""
    return support > index and sf.units[support].low in _HELD and sf.units[support - 1].low in ("was", "were")


def _names_side(sf: SentenceFrames) -> bool:
    """Whether the sentence names a side: an actor other than a place after "in" or "at"."""
    return any(unit.actor is not None and not (j and sf.units[j - 1].low in ("in", "at"))
               for j, unit in enumerate(sf.units))


def their_other_meeting(sf: SentenceFrames, index: int, spec: TriggerSpec) -> bool:
    """Whether the talks noun at ``index`` is "their" meeting with a word of another occasion
    before it ("their second summit", "their previous meeting"), naming no side of its own."""
    if spec.event_type != "meeting" or spec.event_mode != "talks" or spec.pos != "noun":
        return False
    start = index - 1
    if start >= 2 and sf.units[start].low == "of" and sf.units[start - 1].low in ("round", "rounds"):
        start -= 2  # "the previous round of talks"
    k = start
    while k >= 0 and start - k <= 2 and sf.units[k].low in _OCCASION_WORDS:
        k -= 1
    if k == start or k < 0:
        return False
    if sf.units[k].low == "the":  # "The first meeting was held in Lima": only where no side is named
        if sf.units[k + 1].low not in _ORDINALS or _names_side(sf) \
                or index + 1 < len(sf.units) and sf.units[index + 1].low == "of":  # "the first meeting of the council"
            return False
    elif sf.units[k].low != "their":
        return False
    return not sf.between(index) and not sf.object_actors(index, spec.preps)[0]
