"""The body a person's name is introduced by: "NATO chief Jens Stoltenberg", "UN boss X".
Someone who held a national office and then led a group is the group's in such a phrase,
whatever the day (a page with no date otherwise takes their highest national office)."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit

# Words for a head that the dictionary does not take as a title on their own.
_HEAD_WORDS: Final = frozenset({"chief", "boss", "head"})


def body_before(done: list[Unit]) -> str:
    """The country or group named right before a name with a head word between ("NATO chief");
    "" when there is none."""
    k = len(done) - 2
    if k < 0 or done[k + 1].actor is not None or done[k + 1].low not in _HEAD_WORDS:
        return ""
    actor = done[k].actor
    return actor.country if actor is not None and actor.kind in ("group", "state") else ""
