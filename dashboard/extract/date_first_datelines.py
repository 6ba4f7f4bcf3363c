"""A dateline that opens with its date, not its place: "July 19--The minister ...", "August 8,
2013 - The ministers ...", "November 17, 2009 (KHARTOUM) - ...", "03.08.2016 - Press release".

The date says when the report was filed, not when what it reports happened, so the sentence it
opens is read without it (offsets kept), as a "PLACE, Date -" dateline's is. A day it names
just after the page's stamp ("April 21 (Agency) --" under "Updated: April 20, 23:53 EDT") is the
day the report was filed, from which its "yesterday" counts.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from dashboard.extract.dates import MONTHS

MONTH_PATTERN: Final = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
                 r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# At the start of a line: the date, an optional "(PLACE)", then a dash (not a range's: "May 5-7").
_LEADING_DATE: Final = re.compile(
    r"^[ \t]*(?:(?P<month>" + MONTH_PATTERN + r") (?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,? \d{4})?|\d{1,2} " + MONTH_PATTERN + r",? \d{4}"
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


# How many days after a page's stamp its dateline's day may fall (time zones, a late stamp).
_FILED_AFTER: Final = 2


def filed_day(match: re.Match[str] | None, published: date | None) -> date | None:
    """The day the dateline ``match`` names, when it falls just after ``published`` (the
    report was filed then); else ``published``."""
    if match is None or published is None or match.group("month") is None:
        return published
    month = MONTHS.get(match.group("month").rstrip(".").lower())
    try:
        day = date(published.year, month, int(match.group("day"))) if month else None
    except ValueError:
        return published
    return day if day is not None and 0 < (day - published).days <= _FILED_AFTER else published
