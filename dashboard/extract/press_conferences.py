"""A press conference given with someone is a meeting of the two: "said at a joint press
conference with visiting President X", "At a joint appearance with X, he suggested". One given
alone ("told a press conference") is no meeting, so the noun needs its partner after "with"."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames
from dashboard.extract.lexicon import TriggerSpec
from dashboard.extract.words import REPORTING_VERBS

PRESS_CONFERENCE: Final = "press conference"


def conference_partners(sf: SentenceFrames, index: int) -> list[int]:
    """Whom the press conference at ``index`` was given with: the actors after "with" up to the
    next comma, past "visiting" ("with visiting President X")."""
    partners, prep = sf.object_actors(index, ("with",))
    if not partners:
        k = index + 1
        if k + 1 < len(sf.units) and sf.units[k].low == "with" and sf.units[k + 1].low == "visiting":
            partners, prep = sf.object_actors(k + 1, ("=",))[0], "with"
    if prep != "with":
        return []
    comma = next((k for k in range(index + 1, len(sf.units)) if sf.units[k].text in (",", ";", ":")), len(sf.units))
    return [k for k in partners if k < comma]


def lacks_partner(sf: SentenceFrames, index: int, spec: TriggerSpec) -> bool:
    """Whether the press-conference noun at ``index`` names nobody it was given with."""
    return spec.phrase == PRESS_CONFERENCE and not conference_partners(sf, index)


_SPOKE: Final = frozenset({"spoke", "speaking", "speaks", "appeared", "appearing"})


def conference_speaker(sf: SentenceFrames, index: int, partners: list[int]) -> list[int]:
    """Who gave the press conference at ``index`` with ``partners``: the subject of the saying
    verb just before it ("X said at a joint press conference with Y"), or after an opening
    phrase the first actor past its comma ("At a joint appearance with Y, X suggested")."""
    k = index - 1
    while k >= 0 and index - k <= 6 and sf.units[k].text not in (",", ";", ":"):
        low = sf.units[k].low
        if low in REPORTING_VERBS or low in _SPOKE:
            return [j for j in sf.subject(k) if j not in partners][:1]
        k -= 1
    if index <= 3 and sf.units[0].low in ("at", "during"):
        for j in range(index + 1, min(len(sf.units), index + 12)):
            if sf.units[j].text == ",":
                after = j + 1
                if after < len(sf.units) and sf.units[after].actor is not None and after not in partners \
                        and not sf.units[after].possessive:
                    return [after]
                return []
    return []
