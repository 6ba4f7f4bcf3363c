"""The start of what has gone on since a date: "Brussels has been mediating between the two since
2011", "Kim has travelled to China four times since March 2018". A verb in the perfect whose
own clause goes on to "since" and a date began then; the date scan leaves such dates out, as
most are reference points ("the first visit since 2018")."""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from dashboard.extract.dates import DateMention, find_dates

# "has", "have been", "had long been", "has also": the perfect just before the verb.
_PERFECT: Final = re.compile(r"\b(?:has|have|had)\s+(?:(?:also|long|repeatedly|already|since|continuously)\s+)?"
                             r"(?:been\s+)?$", re.IGNORECASE)
# "since" and the date right after it, in the verb's own clause (no comma, stop or "and" between).
_SINCE: Final = re.compile(r"[^,;:.]*?\bsince\s+(?=(?:early |late |mid-|the (?:end|start|beginning) of )?"
                           r"(?:[A-Z][a-z]+\.? )?(?:19|20)\d\d\b)")
_NO_CLAUSE: Final = re.compile(r"\b(?:but|while|when|who|which|that|after|before)\b", re.IGNORECASE)


def perfect_since_date(text: str, offset: int, verb_start: int, verb_end: int,
                       published: date | None) -> DateMention | None:
    """The date after "since" that dates the verb at ``verb_start:verb_end`` (article offsets;
    the sentence ``text`` starts at ``offset``) when the verb is in the perfect, or None."""
    start, end = verb_start - offset, verb_end - offset
    if "since" not in text[end:] or _PERFECT.search(text, max(0, start - 40), start) is None:
        return None
    match = _SINCE.match(text, end)
    if match is None or _NO_CLAUSE.search(text, end, match.end()) is not None:
        return None
    at = match.end()
    # read as "in 2011": the scan skips a date after "since"
    found = find_dates("in " + text[at:at + 40], published)
    if not found or found[0].start > 3:
        return None
    first = found[0]
    return DateMention(offset + at + max(0, first.start - 3), offset + at + first.end - 3, first.text, first.span)
