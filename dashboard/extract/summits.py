"""Where a summit at which a person's act is told took place: the person was there."""

from __future__ import annotations

import re

from dashboard import gazetteer
from dashboard.extract.model import ExtractedEvent

# "at the Group of 20 summit in New Delhi", "at a summit in Jeddah, Saudi Arabia": where a summit was.
_SUMMIT_IN = re.compile(r"\b(?i:at (?:the|a|an|this|last|their|its))\b[^.,;]{0,40}?\bsummit in "
                        r"([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})")
# Who was not there in person: "did not attend", "skipped", "by video link".
_NOT_THERE = re.compile(r"\b(?:not|never|skip\w*|absen\w*|video|virtual\w*)\b|n't\b", re.IGNORECASE)


def summit_venue(event: ExtractedEvent) -> gazetteer.Place | None:
    """The city of the summit at which a person's act is told ("Trudeau said he had raised the case
    with Modi at the G20 summit in New Delhi"): the person was there."""
    sentence = event.sentence
    if event.modality != "asserted" or "summit in " not in sentence:
        return None
    match = _SUMMIT_IN.search(sentence)
    if match is None or _NOT_THERE.search(sentence):
        return None
    words = match.group(1).split()
    for n in range(len(words), 0, -1):
        place = gazetteer.city(" ".join(words[:n]))
        if place is not None:
            return place
    return None
