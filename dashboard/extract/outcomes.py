"""Talks that end without a deal: "held talks but announced no agreement", "came away without a
commitment" is an agreement the sides of the talks did not reach."""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from dashboard.extract.model import ExtractedEvent
from dashboard.extract.units import Unit
from dashboard.schema import cameo_for, goldstein

_ARTICLES: Final = frozenset({"a", "an", "any", "the"})


def no_deal_at(units: list[Unit], outcomes: frozenset[str]) -> int:
    """Where the sentence tells of no deal ("no agreement", "without a commitment"), else -1."""
    for k, unit in enumerate(units):
        if unit.low not in ("no", "without"):
            continue
        j = k + 1
        while j < len(units) and units[j].low in _ARTICLES:
            j += 1
        if j < len(units) and units[j].low in outcomes:
            return k
    return -1


def deals_not_reached(units: list[Unit], outcomes: frozenset[str], events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """A negated agreement between the sides of the meeting in person told last before the
    sentence says no deal came of it (when no agreement is coded from the sentence already)."""
    talks = [e for e in events if e.event_type == "meeting" and e.event_mode in ("talks", "negotiation")
             and e.modality == "asserted" and e.actor_country and e.target_country]
    # "revive the deal that Moscow abandoned, but came away without a commitment": a deal left
    # is not one reached; "but announced no agreement" alone, with no other side, is this very deal
    if not talks or any(e.event_type == "agreement" and e.event_mode != "withdraw"
                        and (e.target_country or e.modality != "negated") for e in events):
        return []
    at = no_deal_at(units, outcomes)
    if at < 0:
        return []
    # "his meeting with Trump in Hanoi ended without agreement": the side named last before it
    last = {unit.actor.country: k for k, unit in enumerate(units[:at]) if unit.actor is not None}
    latest = max(last.get(e.target_country or "", -1) for e in talks)
    code = cameo_for("agreement", "agree")
    return [replace(e, event_type="agreement", event_mode="agree", cameo_code=code, goldstein=goldstein(code),
                    modality="negated", stance=None, quote=None, confidence=round(e.confidence * 0.9, 3),
                    evidence=list(e.evidence))
            for e in talks if last.get(e.target_country or "", -1) == latest]
