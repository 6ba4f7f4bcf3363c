"""Where a date pattern can match a lower-cased sentence: from a few words before the first
place its key word occurs (``search_start``) to the last place one starts. No match of the
pattern starts outside, since each holds a key word, so trying only those positions finds the
same matches as a search of the whole text (the weekday pattern, tried at each word of a
sentence, was the costliest of the date patterns)."""

from __future__ import annotations

import re
from typing import Final

from dashboard.extract.chars import space_at

_WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_PERIODS: Final = ("week", "month", "year")
# The key words of a pattern; at most two words (and white space) come before them in a match:
# "on last Friday", "the following week", "two days after".
_KEYS: Final[dict[str, tuple[str, ...]]] = {"weekday": _WEEKDAYS, "relative_period": _PERIODS, "after": ("after",)}


def search_start(lower: str, name: str) -> int:
    """Where the search of pattern ``name`` in ``lower`` may start: back from the first key
    word (found anywhere, even inside a word) over white space, a run of other characters,
    white space and another run. 0 for patterns without key words."""
    keys = _KEYS.get(name)
    if keys is None:
        return 0
    at = -1
    for key in keys:
        found = lower.find(key)
        if found >= 0 and (at < 0 or found < at):
            at = found
    if at <= 0:
        return 0
    for run in range(4):  # white space, a word, white space, a word
        while at > 0 and space_at(lower, at - 1) == (run % 2 == 0):
            at -= 1
    return at


def _is_word(code: int) -> bool:
    """Whether an ASCII code point is a word character of ``\\b`` (a letter, digit or "_")."""
    return 97 <= code <= 122 or 48 <= code <= 57 or 65 <= code <= 90 or code == 95


def window_matches(pattern: re.Pattern[str], lower: str, name: str) -> list[re.Match[str]]:
    """``list(pattern.finditer(lower, search_start(lower, name)))`` for an ASCII ``lower``, for
    the patterns with key words, which open with ``\\b``: matched only at the word boundaries
    from the start of the window to the last place a key word starts. Past that a search runs
    to the end of the text for nothing (a match is tried at each position of it)."""
    keys = _KEYS.get(name)
    if keys is None:
        return list(pattern.finditer(lower))
    last = -1
    for key in keys:
        last = max(last, lower.rfind(key))
    found: list[re.Match[str]] = []
    position = search_start(lower, name)
    size = len(lower)
    while position <= last:
        before = _is_word(ord(lower[position - 1])) if position > 0 else False
        after = _is_word(ord(lower[position])) if position < size else False
        if before != after:  # a word boundary: where a search would try the pattern too
            match = pattern.match(lower, position)
            if match is not None:
                found.append(match)
                position = max(match.end(), position + 1)
                continue
        position += 1
    return found
