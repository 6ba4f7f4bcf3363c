"""Time spent in a place: "Xi had already spent two days in Rio for the summit", "had spent the
start of the week in Cairo with Sisi": a stay of a few hours, days or weeks is a trip there by
whoever spent it (months and years abroad are a posting or an exile, not a visit)."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames

TIME_SPENT: Final = "time_spent"

# The spans of a trip; "spent years in exile in Paris" is none.
_SPANS: Final = frozenset({"hour", "hours", "day", "days", "night", "nights", "week", "weeks", "weekend",
                           "morning", "afternoon", "evening"})
# Words that may count or place the span: "two days", "the start of the week", "much of the day".
_SPAN_WORDS: Final = frozenset({"the", "a", "an", "one", "two", "three", "four", "five", "six", "several", "few",
                                "much", "most", "part", "of", "start", "end", "rest", "first", "last", "whole",
                                "entire", "full", "that", "this", "next", "following", "early", "late", "long"})
_SCENE_PREPS: Final = frozenset({"in", "at"})
_REACH: Final = 7  # units from the verb to the "in" of the place


def stay_place(sf: SentenceFrames, index: int) -> list[int]:
    """The place where the verb of spending at ``index`` spends a short span ("two days in Rio",
    "the start of the week in Cairo"); [] when it spends no span, or none in a place."""
    units = sf.units
    span = False
    for k in range(index + 1, min(len(units) - 1, index + 1 + _REACH)):
        low = units[k].low
        if low in _SPANS:
            span = True
        elif low in _SCENE_PREPS:
            j = k + 1 + (units[k + 1].low == "the" and k + 2 < len(units))
            place = units[j]
            return [j] if span and place.is_placeish and not place.possessive else []
        elif low not in _SPAN_WORDS and not low.isdigit():
            return []
    return []


def spent_in_place(sf: SentenceFrames, index: int) -> bool:
    """Whether the verb of spending at ``index`` spends a short span in a place."""
    return bool(stay_place(sf, index))
