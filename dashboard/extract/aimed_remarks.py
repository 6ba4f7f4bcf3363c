"""A remark told as aimed at someone: "..., a remark widely read as aimed at New Delhi", "in a
thinly veiled swipe at Washington", "a phrase read in Bamako as meaning France": the country
it names is whom the sentence's statement is aimed at."""

from __future__ import annotations

from typing import Final

from dashboard.extract.actor_makers import state_of
from dashboard.extract.frames import SentenceFrames

_AIMED: Final = frozenset({"aimed", "directed", "targeted"})
_DEGREES: Final = frozenset({"squarely", "clearly", "mainly", "chiefly", "largely", "primarily", "partly", "plainly",
                             "apparently", "evidently", "obviously", "implicitly"})
_JIBES: Final = frozenset({"swipe", "jab", "dig", "reference", "rebuke", "warning", "attack", "criticism"})
_READINGS: Final = frozenset({"read", "seen", "taken", "understood", "interpreted", "viewed"})
_REMARKS: Final = frozenset({"remark", "remarks", "comment", "comments", "line", "words", "statement", "message",
                             "speech", "phrase", "warning", "swipe", "jab", "dig"})
_DETERMINERS: Final = frozenset({"the", "a", "an"})


def aimed_at(sf: SentenceFrames, index: int, own: set[str]) -> list[int]:
    """The unit of the country a remark after the trigger at ``index`` is said to be aimed at
    ("aimed (squarely) at X", "a veiled swipe at X", "read as meaning X"), not the speaker's own."""
    units = sf.units
    for k in range(index + 1, len(units) - 1):
        if units[k].text in ".;" or _next_statement(sf, k):
            return []  # "called the sanctions illegitimate and accused X ..., a phrase read as": the last one's
        low = units[k].low
        at = k + 2 if low in _AIMED and units[k + 1].low in _DEGREES else k + 1  # "aimed squarely at"
        aimed = (low in _AIMED and _of_a_remark(sf, index, k)) or (low in _JIBES and units[k - 1].low.endswith("veiled"))
        found: list[int] = []
        if aimed and at < len(units) and units[at].low in ("at", "to"):
            found = _country_at(sf, at + 1, own)
        if low == "meaning" and k > 1 and units[k - 1].low == "as" \
                and any(units[j].low in _READINGS for j in range(max(index + 1, k - 5), k - 1)):
            found = _country_at(sf, k + 1, own)
        if found:  # not "aimed at no third party"
            return found
    return []


def _of_a_remark(sf: SentenceFrames, index: int, k: int) -> bool:
    """Whether "aimed" at ``k`` tells of a remark ("a remark aimed at", "seen as aimed at"), not
    of measures ("sanctions aimed at Russian banks")."""
    return any(unit.low in _REMARKS or unit.low in _READINGS for unit in sf.units[max(index + 1, k - 4):k])


def _next_statement(sf: SentenceFrames, k: int) -> bool:
    """Whether ``k`` is a statement verb of a second predicate ("... and accused")."""
    return sf.units[k - 1].low == "and" and any(spec.event_type == "statement" and spec.pos == "verb"
                                               for spec in sf.units[k].triggers())


def _country_at(sf: SentenceFrames, k: int, own: set[str]) -> list[int]:
    """``k`` (past "the") when it names a country other than ``own``."""
    if k < len(sf.units) and sf.units[k].low in _DETERMINERS:
        k += 1
    if k >= len(sf.units) or sf.units[k].actor is None:
        return []
    country = state_of(sf.units[k]).country
    return [k] if country and country not in own else []
