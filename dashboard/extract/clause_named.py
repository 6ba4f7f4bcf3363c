"""A toned saying aimed at nobody named, by a speaker with no counterpart told before and no
other act in its sentence, whose reported clause names one other country: "Spain said it would
not accept pressure from Morocco", "said it was grateful to Kenya": aimed at that country."""

from __future__ import annotations

from typing import Final

from dashboard.extract.actor_makers import state_of
from dashboard.extract.context import SentenceContext
from dashboard.extract.units import Actor
from dashboard.extract.words import BE_FORMS

# "would retaliate together with Argentina": a partner, not the one aimed at.
_PARTNER_WORDS: Final = frozenset({"with", "alongside"})
# How far into the clause its "it was" may open ("said on Friday that it was").
_OPENING: Final = 5


def clause_named_other(ctx: SentenceContext, index: int, own: set[str], mode: str) -> list[Actor]:
    """The one other country the clause reported at ``index`` names (none when it names two or
    more, when the sentence already tells an act of the speaker's, which says whom, or when the
    clause is a criticism opening "it was", which judges a deed rather than the one named)."""
    if any(event.actor_country in own and event.evidence and event.evidence[0].char_start == ctx.start
           for event in ctx.recent):
        return []  # "summoned the Chinese envoy and said ...": the summons is the aim
    clause = ctx.frames.reported_clause(index)
    units = ctx.units
    if mode == "criticism" and any(units[k].low in ("it", "this") and k + 1 < len(units) and units[k + 1].low in BE_FORMS
                                   for k in clause[:_OPENING]):
        return []  # "said it was a disappointment to see X ...": X's deed judged, told elsewhere
    found: list[Actor] = []
    codes: set[str] = set()
    for k in clause:
        if units[k].actor is None or units[k - 1].low in _PARTNER_WORDS:
            continue
        actor = state_of(units[k])
        if not actor.country or actor.country in own:
            continue
        codes.add(actor.country)
        found = found or [actor]
    return found if len(codes) == 1 else []
