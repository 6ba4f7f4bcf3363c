"""The day a story tells when its opening names none: "Malaysia has expelled the North Korean
ambassador ... \\n\\n ... the foreign minister said in a statement on Saturday" in a report of
Sunday. The news is of the day before publication that the story names further on."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from dashboard.extract.dates import SentenceDates

_DAY_BEFORE: Final = timedelta(days=1)
# "said on Tuesday", "said in a statement on Saturday", "told reporters late on Monday": the day
# words were said is the day of the news; a day something else happened may be its background.
_SAID: Final = re.compile(r"\b(?:said|announced|confirmed|stated|declared|told [a-z]+)(?: [a-z]+){0,3} $")

# "will be held on Tuesday", "tariffs apply from today": a day ahead of the story, not its news.
_AHEAD: Final = re.compile(r"(?:\b(?:will|shall|due|scheduled|expected|set to)\b[^,;.]*|\b(?:from|starting|until|by) )$",
                           re.IGNORECASE)


def later_day(story_dates: list[SentenceDates], published: date | None) -> date | None:
    """The day before publication, when the story names it as the day words were said and
    never names the publication day itself but as one it looks ahead to (otherwise the news is of
    that day); None otherwise."""
    if published is None:
        return None
    before = published - _DAY_BEFORE
    said = False
    for dates in story_dates:
        for m in dates.past:
            if m.span.precision != "day" or m.counts_after():
                continue
            start = m.start - dates.offset
            if m.span.start == published:
                if _AHEAD.search(dates.text, max(0, start - 60), start) is None:
                    return None
                continue  # "a meeting will be held on Tuesday": the report looks ahead to its own day
            said = said or (m.span.start == before and _SAID.search(dates.text, max(0, start - 60), start) is not None)
    return before if said else None
