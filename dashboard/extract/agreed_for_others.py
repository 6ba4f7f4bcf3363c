"""What "agreed to" + an act is when the act is not a deal of the agreeing sides: "Peru, Chile
and Ecuador agreed to back a UN mission to Bolivia" is backing of Bolivia by each, not deals
among the three; "the leaders of Peru, Chile and Ecuador agreed to reaffirm their commitment to
normalising Lima-Quito relations" is a deal of the two whose relations it is; "Peru and Chile
agreed to meet again" is the meeting to come alone. Lists agreeing on something among
themselves ("agreed to hold annual summits") stay deals of each pair."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Final

from dashboard import gazetteer
from dashboard.extract.actor_makers import state_of
from dashboard.extract.model import ExtractedEvent
from dashboard.extract.units import Unit
from dashboard.schema import cameo_for, goldstein

_AGREE: Final = frozenset({"agreed", "agree", "agrees"})
# Verbs after "agreed to" whose act is aimed at its object, not shared among the agreeing.
_BACKING: Final = frozenset({"back", "support", "endorse"})
# Words that end the agreed clause.
_CLAUSE_END: Final = frozenset({";", ":", "but", "while", "whereas"})
_RELATIONS: Final = frozenset({"relations", "ties", "relationship"})


def agreed_for_others(units: list[Unit], here: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """The sentence's events, its "agreed to" deals read as what the agreed act is: a meeting
    to come, backing of a country outside a list of three or more agreeing, or the deal of the
    two listed countries whose relations it is about."""
    verb = next((k for k, unit in enumerate(units[:-2]) if unit.low in _AGREE and units[k + 1].low == "to"), -1)
    if verb < 1:
        return here
    deals = [e for e in here if e.event_type == "agreement" and e.event_mode == "agree"
             and e.evidence and e.evidence[0].trigger == units[verb].text]
    if not deals:
        return here
    act = units[verb + 2].low
    # "agreed to meet again": the meeting alone ("agreed to meet every two years" sets up a
    # mechanism, a deal of its own)
    if act == "meet" and verb + 3 < len(units) and units[verb + 3].low == "again" \
            and any(e.event_type == "meeting" and e.modality == "planned" for e in here):
        return [e for e in here if not any(e is deal for deal in deals)]
    listed = _countries(units[:verb])
    sides = [e for e in deals if e.actor_country == listed[0] and e.target_country in listed[1:]] if listed else []
    if len(listed) < 3 or len(sides) < 2:
        return here
    end = next((k for k in range(verb + 2, len(units)) if units[k].low in _CLAUSE_END), len(units))
    clause = units[verb + 2:end]
    named = _countries(clause, places=True)
    others = [code for code in named if code not in listed]
    kept = [e for e in here if not any(e is side for side in sides)]
    if act in _BACKING and others:
        aimed = _aimed_at(clause, others)
        backed = {e.actor_country for e in here if e.event_type == "statement" and e.target_country == aimed}
        return kept + [_backing(sides[0], code, aimed) for code in listed if code not in backed]
    among = {code for code in named if code in listed}
    if not others and len(among) == 2 and any(unit.low in _RELATIONS for unit in clause):
        return kept + [e for e in sides if {e.actor_country, e.target_country} == among]
    return here


def _countries(units: list[Unit], places: bool = False) -> list[str]:
    """The countries the units name as actors (and as places or capitals, with ``places``: the
    two of "Lima-Quito relations" too), in order, once."""
    found: list[str] = []
    for unit in units:
        codes = [unit.actor.country] if unit.actor is not None else [state_of(unit).country] if places else []
        if places and not codes[0] and "-" in unit.text:
            codes = [_capitals().get(part, "") for part in unit.text.split("-")]
        for code in codes:
            entry = gazetteer.country(code) if code else None
            if entry is not None and not entry.is_group and code not in found:
                found.append(code)
    return found


@cache
def _capitals() -> dict[str, str]:
    """Each country's capital and its other names, to the country's code."""
    return {name: entry.code for entry in gazetteer.countries().values() if not entry.is_group
            for name in (entry.capital, *entry.capital_aliases) if name}


def _aimed_at(clause: list[Unit], others: list[str]) -> str:
    """The country the backed act is aimed at: the one after "in", "to" or "for" ("a mission to
    Bolivia", "a force to fight gangs in Haiti"), else the last one named."""
    for k, unit in enumerate(clause[1:], start=1):
        if clause[k - 1].low in ("in", "to", "for") and state_of(unit).country in others:
            return state_of(unit).country
    return others[-1]


def _backing(deal: ExtractedEvent, actor: str, target: str) -> ExtractedEvent:
    """A listed country's backing of ``target``, told in the deal's sentence."""
    code = cameo_for("statement", "support", deal.modality)
    return replace(deal, event_type="statement", event_mode="support", cameo_code=code, goldstein=goldstein(code),
                   actor=gazetteer.country_name(actor), actor_country=actor, actor_role="government",
                   target=gazetteer.country_name(target), target_country=target, stance="positive",
                   actor_explicit=True, target_basis="stated")
