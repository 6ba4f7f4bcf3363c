"""A part left in a body or a deal: "Armenia froze its participation in the CSTO", "suspended its
membership of the bloc": the body the part is in is what is left."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames

_OWNERS: Final = frozenset({"its", "their", "his", "her", "our"})
_PART_NOUNS: Final = frozenset({"participation", "membership", "part", "involvement"})


def part_left_in(sf: SentenceFrames, index: int) -> list[int]:
    """The body or deal right after "its participation in" (or "membership of") following the
    withdrawal verb at ``index``; none when the verb's object is something else."""
    units = sf.units
    k = index + 1
    if k < len(units) and units[k].low in _OWNERS:
        k += 1
    if k + 2 >= len(units) or units[k].low not in _PART_NOUNS or units[k + 1].low not in ("in", "of"):
        return []
    k += 2
    if units[k].low == "the" and k + 1 < len(units):
        k += 1
    return [k] if units[k].actor is not None and not units[k].possessive else []
