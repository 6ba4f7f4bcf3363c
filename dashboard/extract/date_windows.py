"""Where a date pattern's search may start in a lower-cased sentence: a few words before the
first place its key word occurs. No match of the pattern can start earlier, so the search
finds the same matches without trying every position before it (the weekday pattern, tried
at each word of a sentence, was the costliest of the date patterns)."""

from __future__ import annotations

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
