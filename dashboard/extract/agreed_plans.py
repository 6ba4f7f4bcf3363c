"""The date of what a deal settles, not of the deal: "agreed to hold a summit in Lima in 2025",
"agreed that the next summit will be held in 2026", "signed an agreement to hold elections in
the second half of 2024". A date not yet past after the deal's "to" and its verb, or after a
"that" whose clause looks ahead, dates the act agreed on."""

from __future__ import annotations

from datetime import date
from typing import Final

from dashboard.extract.date_spans import DateMention
from dashboard.extract.units import Unit

# Words after "to" that make it a preposition ("agreed to a ceasefire"), not an infinitive.
_NOT_VERBS: Final = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those",
                               "what", "be", "date", "end", "all", "both", "each", "some", "any", "one", "two"})
_AHEAD: Final = frozenset({"will", "would", "shall", "should"})


def agreed_plan_dates(units: list[Unit], anchor: int, mentions: list[DateMention],
                      published: date | None) -> list[DateMention]:
    """The mentions after an agreement's trigger at ``anchor`` that follow an infinitive "to"
    or a "that" clause with "will" or "would" and reach the report's day or later: they date
    what was agreed on ("agreed to normalise relations in December 2020" told a year on is the
    deal's own date)."""
    if published is None:
        return []
    later = [m for m in mentions if m.start > anchor and m.span.end >= published]
    if not later:
        return []
    opening = None
    for k, unit in enumerate(units[:-1]):
        if unit.start <= anchor:
            continue
        following = units[k + 1]
        if unit.low == "to" and following.actor is None and following.low not in _NOT_VERBS \
                and following.low.isalpha() and following.low.islower():
            opening = following.end
            break
        if unit.low == "that" and any(v.low in _AHEAD for v in units[k + 1:k + 8]):
            opening = following.end
            break
    if opening is None:
        return []
    return [m for m in later if m.start >= opening]
