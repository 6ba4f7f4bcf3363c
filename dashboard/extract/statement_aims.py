"""Two readings of a statement verb's surroundings: a standing position ("has complained for
months") that is no event, and a complaint taken to a forum ("complained to the UN over Israeli
raids") that is aimed at whoever the complaint is about, not at the forum."""

from __future__ import annotations

from dashboard import gazetteer
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.words import BOUNDARY_PUNCT

_SPANS = frozenset({"days", "weeks", "months", "years", "decades"})
_QUANTIFIERS = frozenset({"many", "several", "some"})
_TOPIC_PREPS = ("over", "about", "against")
_REACH = 8


def durative(sf: SentenceFrames, index: int) -> bool:
    """Whether the verb at ``index`` is followed by "for months", "for many years"."""
    k = index + 1
    if k < len(sf.units) and sf.units[k].low.startswith("for "):
        return sf.units[k].low.rsplit(" ", 1)[-1] in _SPANS  # "for years" matched as one phrase
    if k + 1 >= len(sf.units) or sf.units[k].low != "for":
        return False
    if sf.units[k + 1].low in _QUANTIFIERS and k + 2 < len(sf.units):
        k += 1
    return sf.units[k + 1].low in _SPANS


def forum_complaint_subject(sf: SentenceFrames, targets: list[int]) -> list[int]:
    """"complained to the United Nations on Tuesday over two Israeli air raids": when the
    addressee is a group of countries (a forum), the countries the complaint is about."""
    if not targets:
        return []
    for k in targets:
        actor = sf.units[k].actor
        entry = gazetteer.country(actor.country) if actor is not None else None
        if entry is None or not entry.is_group:
            return []
    last = max(targets)
    for k in range(last + 1, min(len(sf.units), last + _REACH)):
        unit = sf.units[k]
        if unit.text in BOUNDARY_PUNCT or unit.text in ".!?;":
            return []
        if unit.low in _TOPIC_PREPS:
            return sf.object_actors(k - 1, _TOPIC_PREPS)[0]
    return []
