"""A cheap test before the counted-interval patterns of ``dates.py`` ("two days after", "a
year later", "three weeks ago"): they try a number at every word of a sentence, while a
sentence can only hold one where a unit word and white space stand before the closing word."""

from __future__ import annotations

from typing import Final

_UNITS: Final = ("day", "days", "week", "weeks", "month", "months", "year", "years")
_CLOSERS: Final[dict[str, tuple[str, ...]]] = {
    "after": ("after",), "later": ("later",), "ago": ("ago", "earlier", "before")}


def may_count_interval(lower: str, name: str) -> bool:
    """False when the pattern ``name`` ("after", "later", "ago") cannot match ``lower`` (the
    text it searches, case and all): no closing word of it follows a unit word and white
    space. True for every other pattern."""
    closers = _CLOSERS.get(name)
    if closers is None:
        return True
    for word in closers:
        at = lower.find(word, 1)
        while at >= 0:
            if lower[at - 1].isspace() and lower[:at].rstrip().endswith(_UNITS):
                return True
            at = lower.find(word, at + 1)
    return False
