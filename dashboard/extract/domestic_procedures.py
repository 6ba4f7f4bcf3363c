"""Ratification left to each side, as signing statements tell it: "The Agreement will enter into
force after both sides complete their domestic procedures", "The Treaty will be submitted to the
parliaments of both states for ratification". The sides of the deal signed last ratify it, one
event for each side (each ratifies at home: one row per actor country, as the gold codes it)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from dashboard import gazetteer
from dashboard.extract.lower_case import lower_case
from dashboard.extract.model import Evidence, ExtractedEvent
from dashboard.schema import cameo_for, goldstein

# The steps each side takes at home: "domestic (legal) procedures", "ratification procedures",
# "submitted ... for ratification".
_PROCEDURES: Final = re.compile(
    r"\b(?:(?:domestic|internal|national|legal|constitutional|ratification|parliamentary)\s+){1,3}"
    r"(?:procedures?|requirements|processes)\b|\bfor (?:its |their )?ratification\b")
# Both sides named as such: "both countries", "each side", "their respective".
_EACH: Final = re.compile(r"\b(?:both|each|the two)\s+(?:sides?|countries|country|states?|parties|party|governments?)\b"
                          r"|\btheir respective\b")
# What makes the step one still to come: "will", "must", "to be submitted", "necessary for".
_AHEAD: Final = re.compile(r"\b(?:will|shall|must|would|once|pending|necessary|expected|to be|to complete)\b")
# Deals whose sides ratify what they signed or agreed.
_MADE: Final = frozenset({"sign", "agree"})


def tells_procedures(sentence: str) -> bool:
    """Whether the sentence leaves the deal's entry into force (or ratification) to each side's
    procedures at home."""
    low = lower_case(sentence)
    return ("into force" in low or "ratif" in low) and _PROCEDURES.search(low) is not None \
        and _EACH.search(low) is not None


def ratifications_ahead(sentence: str, start: int, end: int, earlier: list[ExtractedEvent],
                        here: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """A planned ratification by the sides of the latest deal (in ``earlier`` or ``here``, its
    sentence's own events) told in the sentence, when the sentence tells procedures at home for
    both sides and no ratification is read from it already."""
    if any(e.event_type == "agreement" and e.event_mode == "ratify" for e in here) or not tells_procedures(sentence):
        return []
    deals = [e for e in earlier + here if e.event_type == "agreement" and e.event_mode in _MADE
             and e.actor_country and e.target_country and e.modality == "asserted"]
    # a text signed is what goes to ratification; a deal only agreed ("in principle") when none was
    signed = [e for e in deals if e.event_mode == "sign"]
    deal = (signed or deals)[-1] if deals else None
    if deal is None or _AHEAD.search(lower_case(sentence)) is None:
        return []
    code = cameo_for("agreement", "ratify")
    evidence = [Evidence(sentence, start, end, "procedures")]
    sides = [(deal.actor_country, deal.target_country), (deal.target_country, deal.actor_country)]  # each at home
    return [replace(deal, event_mode="ratify", cameo_code=code, goldstein=goldstein(code),
                    actor=_name(actor), actor_country=actor, actor_role="government",
                    target=_name(target), target_country=target, place=None, place_country=None,
                    lat=None, lon=None, geo_precision="none", date_start=None, date_end=None,
                    date_precision="unknown", date_basis="unknown", modality="planned", stance=None,
                    quote=None, confidence=round(deal.confidence * 0.9, 3), evidence=list(evidence),
                    actor_explicit=False, target_basis="told before")
            for actor, target in sides]


def _name(code: str | None) -> str | None:
    return gazetteer.country_name(code) if code else None
