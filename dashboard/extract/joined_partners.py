"""Partners joined in an act: "Bahrain joined Saudi Arabia, the UAE and Egypt in cutting ties
with Qatar", "Canada joined Britain in imposing sanctions": those joined did it too, so each is
an actor of the act beside the subject."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames

_JOINED: Final = frozenset({"joined", "joins", "join", "joining"})
_SKIPPED: Final = frozenset({"the"})


def with_joined_partners(sf: SentenceFrames, subject: list[int], verb: int) -> list[int]:
    """The subject of the "-ing" trigger at ``verb`` with the partners of "joined X (and Y) in"
    right before it; the subject alone when no such phrase leads to the trigger."""
    units = sf.units
    if not subject or verb < 4 or units[verb - 1].low != "in" or not units[verb].low.split(" ", 1)[0].endswith("ing"):
        return subject
    for k in range(verb - 2, subject[-1], -1):
        if units[k].low not in _JOINED:
            continue
        first = k + 1
        while first < verb and units[first].low in _SKIPPED:
            first += 1
        if first >= verb or units[first].actor is None:
            return subject
        partners = sf.coordinated_right(first, check_clause=False)
        if partners[-1] != verb - 2:
            return subject  # "joined NATO in 2023 after ...": no list that ends at "in"
        return [*subject, *(j for j in partners if j not in subject)]
    return subject
