"""A plain saying about the speaker's own side that names another country: "the president told
reporters that Colombia would not bow to pressure from Washington", "said it would not
allow American inspectors back"."""

from __future__ import annotations

from typing import Final

from dashboard.extract.actor_makers import state_of
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.words import (
    BOUNDARY_PUNCT,
    CLAUSE_WORDS,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    TIME_WORDS,
)

# "said it would ...", "said we had ...": the speaking side as the clause's subject ("he" and
# "she" added nothing on the studied sets)
_SELF_PRONOUNS: Final = frozenset({"it", "we"})
# "with American technology", "from Russia": who takes part or supplies, not whom it is aimed at
_PARTNER_PREPS: Final = frozenset({"with", "from", "by", "of", "between", "among", "including"})
_WINDOW: Final = 7  # words between the verb and the "that" of its clause, at most


def own_news_target(sf: SentenceFrames, index: int, own: set[str]) -> list[int]:
    """"said Colombia would not bow to pressure from Washington": a reported clause about the
    speaker's own side with no tone word is aimed at the other country it names, unless a
    statement word of the clause's own comes first ("Poland would stand by Lithuania" is that
    word's event); a word in a relative clause ("in any way that threatened") does not count."""
    targets = sf.own_clause_target(index, own) or _pronoun_clause_target(sf, index, own)
    if not targets:
        return []
    for k in range(index + 1, targets[0]):
        if any(spec.event_type == "statement" for spec in sf.units[k].triggers()) \
                and sf.units[k - 1].low not in RELATIVE_PRONOUNS:
            return []
    return targets


def _pronoun_clause_target(sf: SentenceFrames, index: int, own: set[str]) -> list[int]:
    """"said on Friday that it would not allow American inspectors back": a clause whose subject is a
    pronoun for the speaker, aimed at the first other country after it, if no event word or
    second report comes first (that event is coded by its own trigger)."""
    units = sf.units
    if units[index].low not in REPORTING_VERBS:
        return []
    k = _clause_start(sf, index)
    while k < len(units) and (units[k].low in TIME_WORDS or units[k].low == "on"):
        k += 1
    if k >= len(units) or units[k].low not in _SELF_PRONOUNS:
        return []
    for j in range(k + 1, len(units)):
        unit = units[j]
        if unit.text in ",;:" or unit.text in BOUNDARY_PUNCT or unit.low in CLAUSE_WORDS:
            return []  # "would not back down as long as Greece ...": another clause's subject
        if j + 1 < len(units) and units[j + 1].low == "that" and unit.low not in REPORTING_VERBS:
            continue  # "it had concluded that Iran ...": a finding, no event
        if unit.low in REPORTING_VERBS or any(spec.event_type != "statement" and spec.object_class != "envoy_back"
                                              for spec in unit.triggers()):
            return []
        names = unit.actor is not None or unit.sense("demonym") is not None or unit.sense("country") is not None
        if names and state_of(unit).country not in own:
            if sf.preceded_by(j) in _PARTNER_PREPS:
                return []  # "would build submarines with American and British help": partners
            return sf.coordinated_right(j, check_clause=False)
    return []


def _clause_start(sf: SentenceFrames, index: int) -> int:
    """The unit after the "that" opening the reported clause, else the one after the verb."""
    for k in range(index + 1, min(len(sf.units), index + _WINDOW)):
        if sf.units[k].low == "that":
            return k + 1
        if sf.units[k].text in BOUNDARY_PUNCT or sf.units[k].text in ",.;":
            break
    return index + 1
