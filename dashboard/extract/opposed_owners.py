"""What "oppose" is aimed at: the country that owns the opposed thing, named first in the
object ("opposes Kosovo's independence", "opposed Sweden's bid", "oppose the US plan"). A
country met further in ("opposed the war in Iraq", "sanctions on Iran", "any interference in
Syria") is where the thing happens or whom it hits, not whom the opposition is aimed at."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames

# The object class of the "oppose" trigger row.
OPPOSED_OWNER: Final = "opposed_owner"
# Words that may open the object before its owner: "the US plan", "any Russian move".
_OPENERS: Final = frozenset({"the", "any", "a", "an", "this", "that", "these", "those"})
# "opposed the Iraq war": a country naming a war names where it is fought, not who wages it.
_WARS: Final = frozenset({"war", "wars", "conflict", "invasion", "fighting", "crisis"})


def owner_opens_object(sf: SentenceFrames, index: int) -> bool:
    """Whether the first unit of the object of the verb at ``index`` (past one determiner)
    names a country or group, other than as the place of a war."""
    k = index + 1
    if k < len(sf.units) and sf.units[k].low in _OPENERS:
        k += 1
    owner = sf.units[k].actor if k < len(sf.units) else None
    if owner is None or owner.kind == "person":
        return False
    return sf.units[k].possessive or k + 1 >= len(sf.units) or sf.units[k + 1].low not in _WARS
