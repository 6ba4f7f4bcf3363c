"""Two signings of the same sides told in two sentences, of two kinds of document ("were to
sign a joint statement" and "signed an accord lifting the ban") or on two subjects ("an
agreement on the fleet", "agreements on gas transit"): each is another paper, so another event."""

from __future__ import annotations

import re
from typing import Final

from dashboard.extract.model import ExtractedEvent

# The last word of a trigger, and the kind of document it names; unknown words join anything.
# A memorandum is often called "the agreement" or "the accord" again, so it joins a deal.
_KINDS: Final = {"statement": "declaration", "declaration": "declaration", "communique": "declaration",
                 "communiqué": "declaration", "treaty": "treaty",
                 "agreement": "deal", "accord": "deal", "deal": "deal", "pact": "deal"}


def _kind(event: ExtractedEvent) -> str | None:
    if not event.evidence or not event.evidence[0].trigger:
        return None
    words = event.evidence[0].trigger.lower().split()
    return _KINDS.get(words[-1].rstrip("s"))


# "an agreement on the status of the fleet": the words of the subject after the document's name
_ON: Final = re.compile(r"\s+on\s+((?:[\w'’-]+\s*){1,8})")
# "signed the agreement on Monday", "on the sidelines", "on behalf of": no subject
_NOT_SUBJECTS: Final = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                  "january", "february", "march", "april", "may", "june", "july", "august",
                                  "september", "october", "november", "december", "behalf", "sidelines",
                                  "day", "occasion", "visit", "trip", "way", "site", "spot", "record"})
_MINOR: Final = frozenset({"the", "and", "of", "for", "with", "from", "between", "their", "its", "two",
                           "both", "countries", "cooperation", "bilateral", "further", "terms"})


def _subject(event: ExtractedEvent) -> frozenset[str] | None:
    """The words naming what the signed document is about ("on the supply of gas"), if said."""
    sentence, trigger = event.evidence[0].sentence, event.evidence[0].trigger
    at = sentence.find(trigger)
    found = _ON.match(sentence, at + len(trigger)) if at >= 0 else None
    if found is None:
        return None
    said = [w.lower() for w in found.group(1).split() if w.lower() not in ("the", "a", "an")]
    if not said or said[0].strip(",.;") in _NOT_SUBJECTS or said[0][0].isdigit():
        return None
    words = {w.lower().strip("'’").removesuffix("'s").removesuffix("’s") for w in found.group(1).split()}
    return frozenset(w for w in words if len(w) > 2 and w not in _MINOR) or None


def other_document(earlier: ExtractedEvent, later: ExtractedEvent) -> bool:
    """Whether two signings told in two sentences name papers of two kinds or subjects."""
    if not (earlier.event_type == later.event_type == "agreement" and earlier.event_mode == later.event_mode == "sign"):
        return False
    if not (earlier.evidence and later.evidence) or earlier.evidence[0].char_start == later.evidence[0].char_start:
        return False  # one sentence: one mention, whatever its words
    kind_a, kind_b = _kind(earlier), _kind(later)
    if kind_a is not None and kind_b is not None and kind_a != kind_b:
        return True
    subject_a, subject_b = _subject(earlier), _subject(later)
    return subject_a is not None and subject_b is not None and not subject_a & subject_b
