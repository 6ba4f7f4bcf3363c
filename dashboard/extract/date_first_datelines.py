"""A dateline that opens with its date, not its place: "July 19--The minister ...", "August 8,
2013 - The ministers ...", "November 17, 2009 (KHARTOUM) - ...", "03.08.2016 - Press release".

The date says when the report was filed, not when what it reports happened, so the sentence it
opens is read without it (offsets kept), as a "PLACE, Date -" dateline's is.
"""

from __future__ import annotations

import re
from typing import Final

_MONTH: Final = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
                 r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# At the start of a line: the date, an optional "(PLACE)", then a dash (not a range's: "May 5-7").
_LEADING_DATE: Final = re.compile(
    r"^[ \t]*(?:" + _MONTH + r" \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?|\d{1,2} " + _MONTH + r",? \d{4}"
    r"|\d{1,2}\.\d{1,2}\.\d{4})(?:[ \t]*\([A-Z][A-Za-z .'-]{1,40}\))?[ \t]*(?:--?|\u2013|\u2014)(?![\d-])",
    re.MULTILINE)
_SPAN: Final = 1500  # how far into an article a dateline is looked for


def date_first_dateline(text: str) -> re.Match[str] | None:
    """The first date-first dateline in the opening of ``text``."""
    return _LEADING_DATE.search(text, 0, _SPAN)


def without_leading_date(match: re.Match[str] | None, sentence_start: int, sentence: str) -> str:
    """``sentence`` with the dateline ``match`` blanked out where the sentence holds it."""
    if match is None or not sentence_start <= match.start() < sentence_start + len(sentence):
        return sentence
    begin, cut = match.start() - sentence_start, min(match.end() - sentence_start, len(sentence))
    return sentence[:begin] + " " * (cut - begin) + sentence[cut:]
