"""Whether a text can name a given day at all: a cheap test of its words that spares running
every date pattern over a long text that cannot (most reports never name their own day after
the opening, and ``story_day`` asks just that of the rest of the article)."""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from dashboard.extract.dates import MONTHS, WEEKDAYS

# Words of the date patterns that resolve to the publication day itself: "today", "tonight",
# "this morning", "this afternoon", "this evening", "earlier today", "overnight".
_SAME_DAY_WORDS: Final = ("today", "tonight", "overnight", "morning", "afternoon", "evening")
# A count of days back ("two days ago") or from another day ("a day after X", "two days later"):
# a count of zero, or a day counted from another near publication, can land on it.
_COUNTED_DAYS: Final = re.compile(r"days?\s+(?:ago|earlier|before|after|later)")
_WEEKDAY_NAMES: Final = {index: name for name, index in WEEKDAYS.items()}
# Each month by its names as a whole word ("dec", "december"; not "decided").
_MONTH_NAMES: Final = {month: re.compile(r"\b(?:" + "|".join(sorted(
    (name for name, number in MONTHS.items() if number == month), key=len, reverse=True)) + r")\b")
    for month in range(1, 13)}
# The three letters every name of a month starts with ("sep" of "sept" and "september").
_MONTH_STEMS: Final = {number: name[:3] for name, number in MONTHS.items()}
# Each day of a month as a number of its own ("5", "05"; not in "2005" or "15"): the patterns
# read a day's number next to its month ("June 5", "5 June", "5-7 June").
_DAY_NUMBERS: Final = {day: re.compile(rf"(?<!\d)0?{day}(?!\d)") for day in range(1, 32)}
_SATURDAY: Final = 5


def may_name_day(lower: str, day: date) -> bool:
    """Whether ``find_dates(text, day)`` could find a mention of ``day`` itself to the day
    (``lower``: what the patterns search, ``ascii_stand_in(text)``). False only when no
    pattern can: the text has neither the day's weekday nor its month and its day's number, no
    same-day word, no count of days, not the day in ISO form, and no weekend when the day is a
    Saturday."""
    if _WEEKDAY_NAMES[day.weekday()] in lower or day.isoformat() in lower:
        return True
    if any(word in lower for word in _SAME_DAY_WORDS):
        return True
    if day.weekday() == _SATURDAY and "weekend" in lower:
        return True  # "this weekend" read back from a Saturday starts on it
    if "day" in lower and _COUNTED_DAYS.search(lower) is not None:
        return True
    # substrings first: the patterns, with no first character for sre to look for, try every position
    return (_MONTH_STEMS[day.month] in lower and str(day.day) in lower
            and _MONTH_NAMES[day.month].search(lower) is not None
            and _DAY_NUMBERS[day.day].search(lower) is not None)
