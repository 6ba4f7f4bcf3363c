"""An opening participle clause shares the subject of the main clause after it: "After meeting
Xi in Beijing, Putin flew to Hanoi", "By suspending the pact, the United States made clear"."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit

_OPENERS: Final = frozenset({"after", "before", "by", "while", "when", "upon", "since", "in"})
# How far the opening clause may run before its comma.
_REACH: Final = 16


def main_subject_of_opening(units: list[Unit], index: int) -> int:
    """The main clause's first actor when the -ing verb at ``index`` opens the sentence after
    "after", "by", "while" ..., else -1."""
    if index != 1 or units[0].low not in _OPENERS or not units[index].low.endswith("ing"):
        return -1
    for k in range(index + 1, min(len(units) - 1, index + _REACH)):
        text = units[k].text
        if text in ".;:!?":
            return -1
        if text == ",":
            j = k + 1
            if units[j].low == "the" and j + 1 < len(units):
                j += 1
            actor = units[j].actor
            return j if actor is not None and not units[j].possessive else -1
    return -1
