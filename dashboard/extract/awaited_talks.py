"""Talks told as something to begin or to move towards ("an early resumption of negotiations",
"pushed the rebels towards talks", "backed the start of negotiations on a treaty") are not yet
held: no meeting. Talks already named ("at the start of the talks") still are."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit

# Nouns of a beginning that "of" ties to the talks.
_OPENINGS: Final = frozenset({"start", "resumption", "restart", "beginning", "launch", "opening"})
_TOWARDS: Final = frozenset({"towards", "toward"})
# Words that make the talks ones already named, not ones to come.
_NAMED: Final = frozenset({"the", "these", "those", "their", "its", "this", "that"})


def awaited_talks(units: list[Unit], index: int) -> bool:
    """Whether the talks noun at ``index`` follows "towards", or "of" after a noun of a
    beginning, with at most one plain modifier between ("resumption of direct talks")."""
    k = index - 1
    if k >= 1 and units[k].low not in _TOWARDS and units[k].low != "of":
        if units[k].low in _NAMED or units[k].actor is not None or not units[k].text.isalpha() \
                or not units[k].text.islower():
            return False
        k -= 1  # one modifier: "nuclear", "direct", "accession"
    if k < 0:
        return False
    if units[k].low in _TOWARDS:
        return True
    return units[k].low == "of" and k >= 1 and units[k - 1].low in _OPENINGS
