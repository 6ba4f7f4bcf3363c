"""Years a text tells as still ahead of it: "will meet in 2025", "until February 2026", "by
2030", "agreed to extend it to 2031". Such a year is no sign that the page's latest full date
is history (an undated page counts from that date; see ``latest_stated_day``)."""

from __future__ import annotations

import re
from typing import Final

_YEAR: Final = re.compile(r"\b(?:19|20)\d\d\b")
_MONTH_NAMES: Final = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                       r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
# A bound the year closes: "until 2028", "by 2030", "to 2031", "until the end of 2028",
# "until February 2026".
_BOUND: Final = re.compile(r"\b(?:until|till|through|by|to|before)\s+(?:the\s+(?:end|start|beginning|middle"
                           r"|spring|summer|autumn|fall|winter)\s+of\s+)?(?:" + _MONTH_NAMES + r"\s+)?$",
                           re.IGNORECASE)
# A word of the future earlier in the year's sentence: "will", "would", "to be hosted",
# "to follow", "is expected", "plans", "agreed to".
_FUTURE: Final = re.compile(r"\b(?:will|would|shall|to be|to follow|expected|plans?|planned|agreed to|next)\b",
                            re.IGNORECASE)
# Where a sentence starts: after a full stop, question or exclamation mark, or a line break.
_SENTENCE_END: Final = re.compile(r"[.!?]\s+(?=[A-Z\"'])|\n")


def _sentence_before(text: str, start: int) -> str:
    """The part of the sentence that holds ``start`` before it."""
    opening = 0
    for match in _SENTENCE_END.finditer(text, max(0, start - 400), start):
        opening = match.end()
    return text[max(opening, start - 400):start]


def years_not_ahead(text: str) -> list[int]:
    """Every year the text names in full, but those it tells as still to come."""
    years: list[int] = []
    for match in _YEAR.finditer(text):
        before = _sentence_before(text, match.start())
        if _BOUND.search(before) is None and _FUTURE.search(before) is None:
            years.append(int(match.group()))
    return years
