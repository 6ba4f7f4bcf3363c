"""Where a summit at which a person's act is told took place: the person was there."""

from __future__ import annotations

import re
from typing import Final

from dashboard import gazetteer
from dashboard.extract.model import ExtractedEvent

# "at the Group of 20 summit in New Delhi", "at a summit in Jeddah, Saudi Arabia": where a summit was;
# "arrived from the G20 summit in New Delhi": where the traveller had been.
_SUMMIT_IN: Final = re.compile(r"\b(?i:(?:at|from) (?:the|a|an|this|last|their|its))\b[^.,;]{0,40}?\bsummit in "
                               r"([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})")
# Who was not there in person: "did not attend", "skipped", "by video link".
_NOT_THERE: Final = re.compile(r"\b(?:not|never|skip\w*|absen\w*|video|virtual\w*)\b|n't\b", re.IGNORECASE)


def summit_venue(event: ExtractedEvent) -> gazetteer.Place | None:
    """The city of the summit at which a person's act is told ("Trudeau said he had raised the case
    with Modi at the G20 summit in New Delhi"): the person was there."""
    if event.modality != "asserted":
        return None
    # any sentence the event was merged from: "arrived from the G20 summit in New Delhi" may be
    # the second sentence of a visit
    match = next((m for m in (_SUMMIT_IN.search(e.sentence) for e in event.evidence if "summit in " in e.sentence)
                  if m is not None and not _NOT_THERE.search(m.string)), None)
    if match is None:
        return None
    words = match.group(1).split()
    for n in range(len(words), 0, -1):
        place = gazetteer.city(" ".join(words[:n]))
        if place is not None:
            return place
    return None
