"""Dates inside a "since" clause: "have cooperated since they signed the pact in 2019" dates
the signing, though the date scan leaves out dates after "since" (reference points of the
main clause)."""

from __future__ import annotations

from typing import Final

from dashboard.extract.context import SentenceContext
from dashboard.extract.dates import DateMention, SentenceDates

# Words that may stand between "since" and the clause's verb besides its subject ("since Biden and Xi met").
_CLAUSE_FILLERS: Final = frozenset({"they", "it", "he", "she", "we", "the", "two", "sides", "had", "have", "has", "and",
                                    "first", "last", "jointly", "formally", "both"})


def since_clause_date(ctx: SentenceContext, verb: int, future: bool) -> DateMention | None:
    """The first date after the verb at ``verb`` when the verb opens a "since" clause."""
    k = verb - 1
    while k >= 0 and verb - k <= 4 and (ctx.units[k].low in _CLAUSE_FILLERS or ctx.units[k].actor is not None):
        k -= 1
    if k < 0 or ctx.units[k].low != "since" or k + 1 == verb:
        return None
    clause_start = ctx.units[k].end
    relative = clause_start - ctx.dates.offset
    if relative <= 0 or relative >= len(ctx.dates.text):
        return None
    dates = SentenceDates(ctx.dates.text[relative:], ctx.published, ctx.dates.narrative_year, clause_start)
    after = [d for d in (dates.ahead if future else dates.past) if d.start >= ctx.units[verb].end]
    if not after or any(unit.text in ",;:" for unit in ctx.units[verb + 1:] if unit.end <= after[0].start):
        return None
    return after[0]
