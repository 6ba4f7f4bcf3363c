"""Whom an act told to a hearer is aimed at: "Italy has told China that it will not renew its
membership of the Belt and Road Initiative": the speaker's act, aimed at the one it was told to."""

from __future__ import annotations

from dashboard.extract.frames import SentenceFrames
from dashboard.extract.words import BOUNDARY_PUNCT

_REACH = 8  # words between the "that" after the hearer and the act's verb, at most


def hearer_of_report(sf: SentenceFrames, index: int) -> list[int]:
    """The hearer of "told X that it/they ..." when the act at ``index`` is in that clause and
    its subject is the speaker's pronoun."""
    units = sf.units
    for k in range(index - 1, max(0, index - _REACH), -1):
        unit = units[k]
        if unit.text in BOUNDARY_PUNCT or unit.text in ",;" or unit.actor is not None and not sf.hearer_at(k):
            return []
        if unit.low == "that" and k + 1 < index and units[k + 1].low in ("it", "they") and sf.hearer_at(k - 1):
            return sf.coordinated_right(k - 1, check_clause=False)
    return []
