"""Measures given as an answer: "ECOWAS responded to the coup with heavy sanctions", "Kyiv
threatened to answer with a ban on Polish fruit", "China retaliated with tariffs on Australian
wine". The answering verb is the measure's support, its subject the actor ("responded to the
sanctions" makes nothing: the measure must follow "with")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from dashboard.extract.lexicon import SupportSpec
from dashboard.extract.words import BOUNDARY_PUNCT

if TYPE_CHECKING:
    from dashboard.extract.frames import SentenceFrames

_ANSWERING: Final = frozenset({"responded", "responds", "responding", "respond", "retaliated", "retaliates",
                               "retaliating", "retaliate", "answered", "answers", "answering", "answer",
                               "reacted", "reacts", "reacting", "react", "replied", "replies", "replying", "reply"})
_ANSWERED: Final = SupportSpec("answer with", ("sanction",), "agent", "")
_MODIFIERS: Final = 3  # "with a sweeping new ban": words between "with" and the measure
_REACH: Final = 10  # how far left of "with" the answering verb may stand ("responded to the Niger coup")


def answered_with(sf: SentenceFrames, index: int) -> tuple[int, SupportSpec, bool] | None:
    """The answering verb, as the support of the sanction noun at ``index`` that follows "with"
    and at most a few plain words; None elsewhere (or when the verb is passive)."""
    units = sf.units
    k = index - 1
    while k >= 0 and index - k <= _MODIFIERS + 1 and units[k].low != "with":
        if not units[k].low.replace("-", "").isalpha() or units[k].actor is not None:
            return None
        k -= 1
    if k < 1 or units[k].low != "with":
        return None
    for j in range(k - 1, max(-1, k - 1 - _REACH), -1):
        unit = units[j]
        if unit.text in ",;:" or unit.text in BOUNDARY_PUNCT:
            return None
        if unit.low in _ANSWERING:
            return None if sf.is_passive(j) else (j, _ANSWERED, False)
    return None
