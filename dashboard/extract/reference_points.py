"""A meeting told only as a point in time: "the first summit since they met in Lisbon", "a
follow-up to the talks in Lisbon". The text names it to date something else, so it implies no
trip of its own (the meeting itself stays an event)."""

from __future__ import annotations

import re
from typing import Final

from dashboard.extract.lower_case import lower_case

# "since" with words between it and the trigger ("since they met", not "has since met"), or
# "follow-up to", in the trigger's own clause
_REFERENCE: Final = re.compile(r"(?:\bsince\s+\S|\bfollow-up (?:to|of)\b)[^,;:\u2014]*$")


def named_as_reference(sentence: str, trigger: str) -> bool:
    """Whether the first ``trigger`` of ``sentence`` stands in a clause that only dates by it."""
    if not trigger:
        return False
    folded = lower_case(sentence)
    at = folded.find(trigger.lower())
    return at > 0 and _REFERENCE.search(folded, 0, at) is not None
