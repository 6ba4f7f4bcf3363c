"""A later mention that says it is another event: "The two leaders also signed a memorandum",
"Aircraft held a separate exercise", "Separately, the Commerce Department added ..."."""

from __future__ import annotations

import re
from typing import Final

from dashboard.extract.lower_case import lower_case
from dashboard.extract.model import ExtractedEvent

# What "also" adds to one statement or to the commitments of one round of talks is more of the
# same event; a document signed or a package imposed is another.
_ONE_SESSION: Final = frozenset({("agreement", "agree"), ("agreement", "join")})
# "The two leaders also discussed debt": another subject of the same talks, not other talks.
_SUBJECT_OF_TALKS: Final = "discuss"
# "held separate talks with", "separately added", "met separately with": each its own event.
_SEPARATE: Final = re.compile(r"\bseparate(?:ly)?\b", re.IGNORECASE)
_OPENS_SEPARATELY: Final = re.compile(r"\W*separately\b", re.IGNORECASE)


def said_to_be_another(event: ExtractedEvent) -> bool:
    """Whether "also" or "separate(ly)" stands at most three words before the event's trigger in
    its clause ("separately" also just after it: "met separately with"), or "Separately" opens
    its sentence."""
    if event.event_type == "statement" or (event.event_type, event.event_mode) in _ONE_SESSION:
        return False
    if not event.evidence or not event.evidence[0].trigger:
        return False
    sentence, trigger = event.evidence[0].sentence, event.evidence[0].trigger
    at = sentence.find(trigger)
    if at < 0:
        return False
    if _OPENS_SEPARATELY.match(sentence) or _separate_beside(sentence, at, at + len(trigger)):
        return True
    if trigger.lower().startswith(_SUBJECT_OF_TALKS):
        return False
    also = sentence.rfind(" also ", 0, at) if at > 0 else -1
    return also >= 0 and _near(sentence[also + 6:at])


def _near(between: str) -> bool:
    """Whether the words between a mark and its trigger are at most three, in one clause."""
    return between.count(" ") <= 3 and not any(mark in between for mark in ",;:(")


def _separate_beside(sentence: str, start: int, end: int) -> bool:
    if sentence.isascii() and "separate" not in lower_case(sentence):
        return False  # most sentences (outside ASCII, a case form of "separate" may be another letter)
    before = [m for m in _SEPARATE.finditer(sentence, 0, start)]
    if before and _near(sentence[before[-1].end():start]):
        return True
    after = _SEPARATE.search(sentence, end, end + 40)
    return after is not None and after.group(0).lower() == "separately" and _near(sentence[end:after.start()])
