"""Signings told in the passive with the leaders as witnesses, as press releases tell them: "In the
presence of the two Prime Ministers, the treaty was signed", "Fifteen agreements were exchanged
in the presence of the two Heads of State". The deal is between the countries of those present."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dashboard.extract.frames import SentenceFrames

_PRESENCE: tuple[str, str, str] = ("in", "the", "presence")


def witnesses(sf: SentenceFrames) -> list[int]:
    """The two or more sides named after "in the presence of" in the sentence ("of the two
    leaders", "of Presidents A and B"), as the first and the others."""
    units = sf.units
    for k in range(len(units) - 4):
        whole = units[k].low == "in the presence of"  # one unit where the phrase is a trip's trigger
        if whole or (units[k].low, units[k + 1].low, units[k + 2].low) == _PRESENCE and units[k + 3].low == "of":
            j = k + 1 if whole else k + 4
            while j < len(units) and units[j].low in ("the", "both") and units[j].actor is None:
                j += 1
            if j < len(units) and units[j].actor is not None:
                sides = sf.coordinated_right(j, check_clause=False)
                return sides if len(sides) >= 2 else []
    return []

