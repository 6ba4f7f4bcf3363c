"""Numbered sessions of a named forum: "co-chaired the third meeting of the Joint Commission",
"will hold the 5th Strategic Dialogue". A session that carries its own number is not another
telling of the day's talks between the same sides, nor of a session with another number."""

from __future__ import annotations

import re
from typing import Final

from dashboard.extract.model import ExtractedEvent

_WORDS: Final = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
# "the 2nd" or "the second", then at most ten words of the forum's name, ending at the trigger
_BEFORE: Final = re.compile(
    r"\bthe\s+(?P<n>\d{1,3}(?:st|nd|rd|th)|" + "|".join(_WORDS) + r")\s+"
    r"(?P<name>(?:(?:[A-Z][\w'’.-]*|and|of|on|for|–|-)\s+){0,10})$", re.IGNORECASE)
_CONNECTORS: Final = frozenset({"and", "of", "on", "for", "–", "-"})
# "meeting of the Joint Work Group": a lower-case trigger that a named body follows
_OF_NAMED: Final = re.compile(r"\s+of\s+the\s+[A-Z]")


def session_number(event: ExtractedEvent) -> int | None:
    """The number a meeting's trigger carries as a session of a named forum, else None."""
    if event.event_type != "meeting" or not event.evidence or not event.evidence[0].trigger:
        return None
    sentence, trigger = event.evidence[0].sentence, event.evidence[0].trigger
    at = sentence.find(trigger)
    if at < 0:
        return None
    found = _BEFORE.search(sentence, max(0, at - 160), at)
    if found is None:
        return None
    name = found.group("name").split()
    if any(word[0].islower() and word not in _CONNECTORS for word in name):
        return None  # "the second round of strategic talks": no forum's name
    if not (trigger[0].isupper() or name or _OF_NAMED.match(sentence, at + len(trigger))):
        return None
    number = found.group("n").lower()
    return _WORDS.get(number) or int(number[:-2])


def numbered_apart(earlier: ExtractedEvent, later: ExtractedEvent) -> bool:
    """Whether the later mention is a numbered session the earlier one is not."""
    number = session_number(later)
    return number is not None and session_number(earlier) != number
