"""Who sends arms told in the passive with no "by": "More tanks will be delivered to Ukraine in
the summer", after "Germany sent 18 tanks to Ukraine", are Germany's; the article's latest
transfer of arms to the same country names their supplier."""

from __future__ import annotations

from dashboard.extract.actor_makers import state_actor
from dashboard.extract.context import SentenceContext
from dashboard.extract.frame import Frame
from dashboard.extract.units import Actor


def supplier_before(ctx: SentenceContext, frame: Frame, targets: list[Actor]) -> list[Actor]:
    """The supplier of the latest arms sent to the same country, when the verb is a passive."""
    if not frame.passive or frame.spec.pos != "verb":
        return []
    wanted = {target.country for target in targets}
    for event in reversed(ctx.recent):
        if event.event_mode == "arms_transfer" and event.actor_country and event.target_country in wanted \
                and event.modality != "negated":
            return [state_actor(event.actor_country)]
    return []
