"""Confidence scores rounded to three places, remembered: ``round(x, 3)`` formats the number
as text and back, and the scores the rules give take only a few dozen values."""

from __future__ import annotations

from typing import Final

_ROUNDED: Final[dict[float, float]] = {}
_MAX_REMEMBERED: Final = 4096  # a bound, should some caller ever pass scores of many values


def rounded(score: float) -> float:
    """``round(score, 3)``; the same float, looked up when the score was seen before."""
    found = _ROUNDED.get(score)
    if found is not None:
        return found
    value = round(score, 3)
    # -0.0 and 0.0 (and NaN, never equal to itself) would share or miss a key: left uncached
    if score > 0.0 and len(_ROUNDED) < _MAX_REMEMBERED:
        _ROUNDED[score] = value
    return value
