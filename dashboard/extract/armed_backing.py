"""Backing given to armed groups: "backed a separatist insurgency", "the rebels it backs",
"the militia, which is backed by Tehran". Arms, money and cover for fighters are no words of
support aimed at a country: the sets code no statement for them (an invasion or troops sent
are coded as deployments elsewhere)."""

from __future__ import annotations

import re
from typing import Final

from dashboard.extract.frame import Frame

_BACKING: Final = frozenset({"back", "backs", "backed", "backing"})
# Non-state fighters and their camps; a lone "group" or "movement" may be a bloc or a party.
_FIGHTERS: Final = (r"(?:rebels?|rebel (?:groups?|forces?|factions?)|insurgen(?:cy|cies|ts?)|militants?|militias?"
                    r"|separatists?|separatist (?:forces?|groups?|movements?)|(?:armed|militant|proxy) groups?"
                    r"|(?:armed |opposition |rebel )?factions?|groups|fighters|proxies|guerrillas?|paramilitar(?:y|ies))")
# "backed a pro-Russian separatist insurgency", "backed Syrian opposition factions": the object,
# a few words on, with no clause break between
_OBJECT: Final = re.compile(r"\s+(?:[\w'\u2019-]+\s+){0,3}?" + _FIGHTERS + r"\b", re.IGNORECASE)
# "groups it backs", "the Houthis' militia, which is backed by", "rebels backed by": just before
_BEFORE: Final = re.compile(_FIGHTERS + r"(?:,?\s+(?:which|who|that)(?:\s+(?:is|are|was|were|has been|have been))?"
                            r"|\s+(?:it|they|he|she)|\s+(?:is|are|was|were))?\s+$", re.IGNORECASE)
_REACH: Final = 60
# "Qatar, which backed the rebels, said ...": the backer's words are the sentence's statement, and
# the backing stands in for them (the saying itself gives none here, aimed at nobody named)
_SAYING: Final = re.compile(r"\b(?:said|says|saying|told|stated)\b")


def backs_fighters(text: str, offset: int, frame: Frame) -> bool:
    """Whether the frame's support is backing given to armed groups (``text`` is the sentence,
    beginning at article offset ``offset``)."""
    if frame.spec.event_type != "statement" or frame.trigger.low not in _BACKING:
        return False
    if _SAYING.search(text) is not None:
        return False
    start, end = frame.trigger.start - offset, frame.trigger.end - offset
    return _OBJECT.match(text, end, end + _REACH) is not None \
        or _BEFORE.search(text[max(0, start - _REACH):start]) is not None
