"""A judgement or denial that names nobody it is aimed at ("Nairobi accused the envoys of
spying", "Santiago condemned the arrests") is aimed at the speaker's latest counterpart in the
article, unless the two last made a deal: "signed a pact with Somalia ... condemned the
violence" judges someone else."""

from __future__ import annotations

from typing import Final

from dashboard.extract.context import SentenceContext
from dashboard.extract.implied_targets import addressee
from dashboard.extract.units import Actor

# Steps of a deal that make its other side a partner, not the one judged.
_DEAL_MODES: Final = frozenset({"sign", "agree", "ratify", "join"})


def judged_counterpart(ctx: SentenceContext, actors: list[Actor], mode: str) -> list[Actor]:
    """The speaker's latest counterpart (see ``implied_targets.addressee``); condolences go
    there whatever the two last did."""
    found = addressee(ctx, actors)
    if not found or mode == "sympathy":
        return found
    own = {actor.country for actor in actors}
    other = found[0].country
    latest = next((event for event in reversed(ctx.recent)
                   if other in (event.actor_country, event.target_country)
                   and (event.actor_country in own or event.target_country in own)), None)
    if latest is not None and latest.event_type == "agreement" and latest.event_mode in _DEAL_MODES:
        return []
    return found
