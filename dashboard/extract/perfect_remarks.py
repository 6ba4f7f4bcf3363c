"""Remarks told in the present perfect: "Karzai has accused Islamabad of ...", "the ministry has
repeatedly urged ...". Such a remark sums up what a side has said over time, not something said
on the report's day, so it takes no place from the story around it (the city the report was
filed from, a visit or talks under way); only a place its own sentence names."""

from __future__ import annotations

import re
from typing import Final

from dashboard.extract.model import ExtractedEvent

# "has", "have", with up to two adverbs ("has also repeatedly"), right before the verb.
_PERFECT: Final = re.compile(r"\b(?:has|have)\s+(?:(?:also|long|since|already|often|again|\w+ly)\s+){0,2}$",
                             re.IGNORECASE)
_REACH: Final = 40


def told_in_perfect(sentence: str, verb_at: int) -> bool:
    """Whether the verb starting at ``verb_at`` in ``sentence`` is in the present perfect."""
    if verb_at <= 0:
        return False
    start = max(0, verb_at - _REACH)
    # "has" and "have" hold "ha" in any case (no other letters match h or a ignoring case): most
    # verbs have none before them, and no search tries each position of the reach
    if "ha" not in sentence[start:verb_at].lower():
        return False
    return _PERFECT.search(sentence, start, verb_at) is not None


def remark_in_perfect(event: ExtractedEvent) -> bool:
    """Whether a statement's trigger is told in the present perfect in its first sentence."""
    if event.event_type != "statement" or not event.evidence or not event.evidence[0].trigger:
        return False
    sentence, trigger = event.evidence[0].sentence, event.evidence[0].trigger
    at = sentence.casefold().find(trigger.casefold())
    return at > 0 and told_in_perfect(sentence, at)
