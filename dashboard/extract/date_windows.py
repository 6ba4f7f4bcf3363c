"""Where a date pattern can match a lower-cased sentence: a few words before each place one of
its key words occurs. Every match holds a key word, with at most two words before it, so
trying the pattern only there finds the same matches as a search of the whole text, which
tries it at every position (the weekday pattern, tried at each word of a sentence, was the
costliest of the date patterns)."""

from __future__ import annotations

import re
from typing import Final

from dashboard.extract.chars import space_at

_WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_PERIODS: Final = ("week", "month", "year")
# The key words of a pattern; at most two words (and white space) come before them in a match:
# "on last Friday", "the following week", "two days after".
_KEYS: Final[dict[str, tuple[str, ...]]] = {"weekday": _WEEKDAYS, "relative_period": _PERIODS, "after": ("after",)}


def _window_start(lower: str, at: int) -> int:
    """Back from ``at`` over white space, a run of other characters, white space and another run."""
    for run in range(4):  # white space, a word, white space, a word
        while at > 0 and space_at(lower, at - 1) == (run % 2 == 0):
            at -= 1
    return at


def search_start(lower: str, name: str) -> int:
    """Where the search of pattern ``name`` in ``lower`` may start: a window's start before the
    first key word (found anywhere, even inside a word). 0 for patterns without key words."""
    keys = _KEYS.get(name)
    if keys is None:
        return 0
    at = -1
    for key in keys:
        found = lower.find(key)
        if found >= 0 and (at < 0 or found < at):
            at = found
    return _window_start(lower, at) if at > 0 else 0


def _is_word(code: int) -> bool:
    """Whether an ASCII code point is a word character of ``\\b`` (a letter, digit or "_")."""
    return 97 <= code <= 122 or 48 <= code <= 57 or 65 <= code <= 90 or code == 95


def _boundary(lower: str, at: int) -> bool:
    """``\\b`` at ``at`` in ASCII text."""
    before = _is_word(ord(lower[at - 1])) if at > 0 else False
    after = _is_word(ord(lower[at])) if at < len(lower) else False
    return before != after


def window_matches(pattern: re.Pattern[str], lower: str, name: str) -> list[re.Match[str]]:
    """``list(pattern.finditer(lower))`` for an ASCII ``lower``. A pattern with key words (each
    opens with ``\\b``) is matched only at the word boundaries of the windows before its key
    words, in order, each match from the end of the one before, as a search goes on."""
    keys = _KEYS.get(name)
    if keys is None:
        return list(pattern.finditer(lower))
    windows: list[tuple[int, int]] = []
    for key in keys:
        at = lower.find(key)
        while at >= 0:
            windows.append((_window_start(lower, at), at))
            at = lower.find(key, at + 1)
    windows.sort()
    found: list[re.Match[str]] = []
    position = 0  # where the next match may start: past the last one, and past the windows tried
    for first, last in windows:
        at = max(first, position)
        while at <= last:
            if _boundary(lower, at):
                match = pattern.match(lower, at)
                if match is not None:
                    found.append(match)
                    at = max(match.end(), at + 1)
                    position = at
                    continue
            at += 1
        position = max(position, last + 1)
    return found
