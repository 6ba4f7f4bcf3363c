"""Sanctions a speaker announces with no imposer named: "Biden said new sanctions against Russia
would follow", "officials said fresh sanctions on the oil sector were under study" (the
speaker's own measures, still to come)."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frame import Frame
from dashboard.extract.frames import SentenceFrames

ANNOUNCED: Final = "announced"  # the frame's actor is the speaker who announced the measure

# Words the measure noun may carry between the reporting verb and itself.
_BEFORE_NOUN: Final = frozenset({"that", "the", "new", "further", "fresh", "more", "additional", "tougher",
                                 "stronger", "harsher", "wider", "broader", "economic", "financial", "targeted",
                                 "sectoral", "other", "its", "their"})
# The predicate puts the measure ahead: "would follow", "could be imposed", "were being prepared".
_MODALS: Final = frozenset({"would", "will", "could", "should", "might", "may", "'ll"})
_PENDING: Final = frozenset({"being", "under", "expected", "planned", "prepared", "considered", "coming"})
_BE: Final = frozenset({"is", "are", "was", "were"})
_REACH: Final = 8  # units from the noun to its predicate


def announcing_speaker(sf: SentenceFrames, frame: Frame) -> list[int]:
    """The speaker whose reported clause opens with the sanction noun of ``frame`` (no owner,
    modifier or "by" named) and puts the measure ahead; [] when the noun is no such subject."""
    index = frame.trigger_index
    if frame.spec.pos != "noun" or frame.support_index is not None:
        return []
    units = sf.units
    k = index - 1
    while k >= 0 and units[k].low in _BEFORE_NOUN:
        k -= 1
    if k < 0 or not any(spec.pos == "report" for spec in units[k].triggers()):
        return []
    if not _pending_predicate(sf, index):
        return []
    return sf.subject(k)


def _pending_predicate(sf: SentenceFrames, index: int) -> bool:
    """Whether a modal or a pending "were being" / "under study" follows the noun's phrase."""
    units = sf.units
    for k in range(index + 1, min(len(units) - 1, index + _REACH)):
        unit = units[k]
        if unit.text in ",;:." or unit.low in ("and", "but", "that", "which", "who"):
            return False
        if unit.low in _MODALS:
            return True
        if unit.low in _BE:
            return units[k + 1].low in _PENDING
        if any(spec.pos == "verb" for spec in unit.triggers()):
            return False
    return False
