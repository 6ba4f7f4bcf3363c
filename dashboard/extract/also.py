"""A later mention that says it is another event: "The two leaders also signed a memorandum"."""

from __future__ import annotations

from typing import Final

from dashboard.extract.model import ExtractedEvent

# What "also" adds to one statement or to the commitments of one round of talks is more of the
# same event; a document signed or a package imposed is another.
_ONE_SESSION: Final = frozenset({("agreement", "agree"), ("agreement", "join")})
# "The two leaders also discussed debt": another subject of the same talks, not other talks.
_SUBJECT_OF_TALKS: Final = "discuss"


def said_to_be_another(event: ExtractedEvent) -> bool:
    """Whether "also" stands at most three words before the event's trigger, in its clause."""
    if event.event_type == "statement" or (event.event_type, event.event_mode) in _ONE_SESSION:
        return False
    if not event.evidence or not event.evidence[0].trigger:
        return False
    sentence, trigger = event.evidence[0].sentence, event.evidence[0].trigger
    if trigger.lower().startswith(_SUBJECT_OF_TALKS):
        return False
    at = sentence.find(trigger)
    also = sentence.rfind(" also ", 0, at) if at > 0 else -1
    if also < 0:
        return False
    between = sentence[also + 6:at]
    return between.count(" ") <= 3 and not any(mark in between for mark in ",;:(")
