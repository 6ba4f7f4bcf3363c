"""Support verbs read by construction: "exchanged" hands over the deal only as its direct
object ("exchanged the agreements", not "exchanged views on the deal"), ties raised to a
partnership make it ("raised their ties to a strategic partnership"; "raised concerns about the
deal" makes nothing), and a threat named ("described the moves as a threat") is no threat made."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from dashboard.extract.joined_sanctions import joined_other_thing
from dashboard.extract.lexicon import SupportSpec, TriggerSpec
from dashboard.extract.words import PREPOSITIONS

if TYPE_CHECKING:
    from dashboard.extract.frames import SentenceFrames

# What is raised to a partnership: "their ties", "bilateral relations", "the relationship".
_TIES: Final = frozenset({"ties", "relations", "relationship", "relationships"})
_OWNERS: Final = frozenset({"their", "its", "the", "bilateral"})
_RAISING: Final = frozenset({"raised", "raises", "raising", "raise", "lifted", "lifts", "lifting", "lift", "took",
                             "takes", "taking", "take", "brought", "brings", "bringing", "bring"})
_MODIFIERS: Final = 4  # "to a new comprehensive strategic partnership"
_RAISED: Final = SupportSpec("raise", ("agreement",), "agent", "sign")


def support_refused(sf: SentenceFrames, support: int, index: int) -> bool:
    """Whether the support verb at ``support`` does not make the deal noun at ``index`` an event."""
    if joined_other_thing(sf, support, index):
        return True
    if not sf.units[support].low.startswith("exchang") or support > index:
        return False
    return any(unit.low in PREPOSITIONS for unit in sf.units[support + 1:index])


# The verbs of naming ("called", "described", "branded"): what they name is judged, not done.
_NAMING: Final = "call"
_THREAT: Final = "threat"


def names_threat(spec: TriggerSpec, support: SupportSpec) -> bool:
    """Whether the noun "threat" is what a verb of naming calls something ("described the
    diplomats as a threat", "what he called the Iranian threat"): the one naming judges the
    other side (the naming verb's own criticism), they threaten nobody."""
    return spec.phrase == _THREAT and support.phrase == _NAMING


def ties_raised(sf: SentenceFrames, index: int) -> tuple[int, SupportSpec, bool] | None:
    """"raised (their) ties to a (strategic) partnership": the raising verb as the support of the
    deal noun at ``index``, its subject the sides; None elsewhere."""
    k = index - 1
    while k >= 0 and index - k <= _MODIFIERS and sf.units[k].low != "to":
        if not sf.units[k].low.isalpha() or sf.units[k].actor is not None:
            return None
        k -= 1
    if k < 2 or sf.units[k].low != "to" or sf.units[k - 1].low.rsplit(" ", 1)[-1] not in _TIES:
        return None
    k -= 2
    if sf.units[k].low in _OWNERS and k > 0:
        k -= 1
    return (k, _RAISED, False) if sf.units[k].low in _RAISING else None
