"""A story told forward in time: after "They first met in Singapore in June 2018", a sentence
whose first month comes earlier in the year ("Their second summit, in Hanoi in February, ...")
has moved on into the next year, not back to the February before June."""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from dashboard.extract.dates import MONTHS

_MONTH_NAMES: Final = "|".join(sorted((name.capitalize() for name in MONTHS), key=len, reverse=True))
# "June 2018", "Nov. 4, 2020", "December 2020": a month the year that follows it dates.
_MONTH_OF_YEAR: Final = re.compile(r"\b(?P<month>" + _MONTH_NAMES + r")\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+(?P<year>(?:19|20)\d\d)\b")
# A month with no year of its own ("in February", "on March 3"), not "March 3, 2019" nor "May 2020".
_BARE_MONTH: Final = re.compile(r"\b(?P<month>" + _MONTH_NAMES + r")\b\.?(?!\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d\d\b)")
_YEAR: Final = re.compile(r"\b(?:19|20)\d\d\b")
_OPENINGS: Final = tuple(sorted({name.capitalize()[:3] for name in MONTHS}))
# "had met in February": told back from the story's day, not forward.
_PLUPERFECT: Final = re.compile(r"\bhad\b")


def month_dated(sentence: str, year: int | None) -> int | None:
    """The month of the last date the sentence names in ``year`` ("in June 2018"), when that
    year's last mention is such a date; None when the year stands alone ("in 2018")."""
    if year is None:
        return None
    mentions = [match for match in _YEAR.finditer(sentence) if int(match.group()) == year]
    if not mentions:
        return None
    last = mentions[-1]
    for match in _MONTH_OF_YEAR.finditer(sentence, max(0, last.start() - 20), last.end()):
        if match.end() == last.end():
            return MONTHS[match.group("month").lower()]
    return None


def first_bare_month(sentence: str) -> tuple[int, int] | None:
    """Where the sentence's first month with no year of its own stands, and which, when no
    explicit year comes before it."""
    if not any(name in sentence for name in _OPENINGS):
        return None  # most sentences name no month (a cheap test)
    match = _BARE_MONTH.search(sentence)
    if match is None or (match.group("month") == "May" and match.start() == 0):
        return None  # "May ..." opening a sentence may be the verb
    if _YEAR.search(sentence, 0, match.start()) is not None:
        return None  # the sentence's own year dates it
    return match.start(), MONTHS[match.group("month").lower()]


def forward_year(year: int | None, month: int | None, sentence: str, published: date | None) -> int | None:
    """The story's year for the sentence: ``year``, or the next one when its first bare month
    comes before ``month`` (the month the story was last in) and the next year is not after the
    report's; not in a sentence told in the pluperfect before that month."""
    if year is None or month is None or published is None or year + 1 > published.year:
        return year
    bare = first_bare_month(sentence)
    if bare is None or bare[1] >= month or _PLUPERFECT.search(sentence, 0, bare[0]) is not None:
        return year
    return year + 1


def story_moves(sentence: str, year_here: int | None, story_year: int | None,
                month: int | None) -> tuple[int | None, int | None]:
    """The year and month the story is in after the sentence: those of the year it names
    ("in June 2018"), else the year it was told in with its first bare month ("in February")."""
    if year_here is not None:
        return year_here, month_dated(sentence, year_here)
    if story_year is None:
        return None, None
    bare = first_bare_month(sentence)
    return story_year, bare[1] if bare is not None else month
