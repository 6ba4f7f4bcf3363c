"""Facilitation as mediation: "Norway facilitated talks between Colombia and the ELN", "the
exchange was facilitated by Qatar" - a facilitating verb mediates only when what it eases is a
dealing between sides (talks, a deal, an exchange), not trade, aid or a visa."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames

FACILITATED: Final = "facilitated"
# How far before a passive "facilitated" its subject's noun may stand ("the talks in Oslo were facilitated").
_SUBJECT_REACH: Final = 6


def facilitates_dealings(sf: SentenceFrames, index: int) -> bool:
    """Whether the facilitating verb at ``index`` has dealings for its object: after it when
    active, before it when passive ("The talks were facilitated by Norway")."""
    if sf.object_has_class(index, FACILITATED):
        return True
    if not (sf.is_passive(index) or sf.is_reduced_passive(index)):
        return False
    words = sf.lexicon.word_classes.get(FACILITATED, frozenset())
    for k in range(index - 1, max(-1, index - 1 - _SUBJECT_REACH), -1):
        unit = sf.units[k]
        if unit.text in ".;:":
            break
        if unit.low in words or any(piece in words for piece in unit.low.split()):
            return True
    return False
