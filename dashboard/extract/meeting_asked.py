"""A meeting asked of a body or country named as its holder: "asked for an emergency meeting of
the U.N. Security Council", "requested an urgent session of NATO foreign ministers": an appeal to
that body (its members are the ones asked to meet)."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames

MEETING_ASKED: Final = "meeting_asked"

_MEETING_NOUNS: Final = frozenset({"meeting", "session"})
_ARTICLES: Final = frozenset({"a", "an", "the"})


def asks_for_meeting_of(sf: SentenceFrames, index: int) -> bool:
    """Whether the verb at ``index`` asks for a meeting of a named body or country."""
    return bool(meeting_holder(sf, index))


def meeting_holder(sf: SentenceFrames, index: int) -> list[int]:
    """The unit of the body or country whose meeting the verb at ``index`` (not in the passive)
    asks for: past an optional "for" and article and at most three plain words ("emergency",
    "urgent"), "meeting" or "session", then "of" and the holder ([] when there is none)."""
    if sf.is_passive(index):
        return []
    units = sf.units
    k = index + 1
    if k < len(units) and units[k].low == "for":
        k += 1
    if k < len(units) and units[k].low in _ARTICLES:
        k += 1
    for _ in range(3):
        if k >= len(units) or units[k].low in _MEETING_NOUNS:
            break
        if units[k].actor is not None or not units[k].low.isalpha():
            return []
        k += 1
    if not (k + 1 < len(units) and units[k].low in _MEETING_NOUNS and units[k + 1].low == "of"):
        return []
    k += 2
    if k < len(units) and units[k].low == "the":
        k += 1
    holder = units[k] if k < len(units) else None
    return [k] if holder is not None and holder.actor is not None and holder.actor.country else []
