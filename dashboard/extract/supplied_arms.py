"""A warning about arms sent to a country: "Russian officials warned that Patriot systems sent to
Ukraine would be legitimate targets" is aimed at whoever the article told sending arms there,
not at the country that receives them."""

from __future__ import annotations

from typing import Final

from dashboard.extract.actor_makers import state_actor, state_of
from dashboard.extract.context import SentenceContext
from dashboard.extract.units import Actor

_AUXILIARIES: Final = frozenset({"be", "been", "being", "is", "are", "was", "were", "has", "have", "had", "to"})
_WARNINGS: Final = frozenset({"concern", "threat"})


def arms_supplier(ctx: SentenceContext, index: int, mode: str, own: set[str]) -> list[Actor]:
    """The supplier of the arms a warning at ``index`` names as "<arms> sent to X": the doer of
    the latest arms transfer to X told before, when not the speaker's own country."""
    if mode not in _WARNINGS:
        return []
    units = ctx.units
    for k in range(index + 2, len(units) - 2):
        if units[k].text in ".;":
            return []
        word = units[k].low.split()[0]
        if not (word.endswith("ed") or word in ("sent", "given")) or units[k + 1].low != "to" \
                or units[k - 1].actor is not None or units[k - 1].low in _AUXILIARIES or not units[k - 1].low.isalpha():
            continue
        if not any(spec.event_mode == "arms_transfer" and spec.pos == "verb" for spec in units[k].triggers()):
            continue
        receiver = units[k + 3] if units[k + 2].low == "the" and k + 3 < len(units) else units[k + 2]
        if receiver.actor is None:
            return []
        code = state_of(receiver).country
        for event in reversed(ctx.recent):
            if event.event_mode == "arms_transfer" and event.target_country == code \
                    and event.actor_country and event.actor_country not in own and event.modality != "negated":
                return [state_actor(event.actor_country)]
        return []
    return []
