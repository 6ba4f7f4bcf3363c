"""A measure a doer places someone under ("placed five Malian ministers under a travel ban",
"put the generals under an asset freeze"): the placing verb's subject imposes it on its object."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames
from dashboard.extract.words import BOUNDARY_PUNCT

_PLACING: Final = frozenset({"placed", "places", "placing", "place", "put", "puts", "putting"})
# How far before "under" the placing verb may stand (its object between).
_REACH: Final = 16


def placed_under(sf: SentenceFrames, under: int) -> tuple[list[int], list[int]] | None:
    """(doers, those hit) when the "under" at ``under`` closes "placed X under"; None elsewhere."""
    units = sf.units
    if units[under].low != "under":
        return None
    for k in range(under - 1, max(-1, under - 1 - _REACH), -1):
        unit = units[k]
        if unit.low in _PLACING:
            hit = _first_hit(sf, k + 1, under)
            doers = [d for d in sf.subject(k) if d not in hit]
            return (doers, hit) if doers and hit else None
        if unit.text in BOUNDARY_PUNCT or unit.text in ";:." or (unit.text == "," and k < under - 1
                                                                  and units[k + 1].low in ("and", "but")):
            return None
    return None


def _first_hit(sf: SentenceFrames, start: int, end: int) -> list[int]:
    """The first actor or demonym ("five Malian ministers") between the verb and "under"."""
    for k in range(start, end):
        unit = sf.units[k]
        if unit.actor is not None or unit.sense("demonym") is not None:
            return [i for i in sf.coordinated_right(k) if i < end]
    return []
