"""Who imposed a sanction told in the passive with no "by": "The sanctions on Niger were imposed
on July 30" after "ECOWAS lifted the sanctions on Niger" are the bloc's; the article's latest
measure on the same country names its author."""

from __future__ import annotations

from dashboard.extract.actor_makers import state_actor
from dashboard.extract.context import SentenceContext
from dashboard.extract.frame import Frame
from dashboard.extract.units import Actor


def imposer_before(ctx: SentenceContext, frame: Frame, targets: list[Actor]) -> list[Actor]:
    """The author of the latest sanction on the same country, when the frame is a passive."""
    if not (frame.passive or _passive_after(ctx, frame.trigger_index if frame.support_index is None else frame.support_index)):
        return []
    wanted = {target.country for target in targets}
    for event in reversed(ctx.recent):
        if event.event_type == "sanction" and event.actor_country and event.target_country in wanted:
            return [state_actor(event.actor_country)]
    return []


def _passive_after(ctx: SentenceContext, index: int) -> bool:
    """Whether the verb at ``index``, or one a few words after the noun there ("the sanctions on
    Niger were imposed"), is a passive."""
    units = ctx.units
    for k in range(index, min(len(units), index + 7)):
        if k > index and units[k].text in ",;:.":
            return False
        if ctx.frames.is_passive(k):
            return True
    return False
