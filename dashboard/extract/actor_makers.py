"""Actors made from a country code, a title or an office-holder row: the values every rule that
names a side of an event builds."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Final

from dashboard import gazetteer
from dashboard.extract.units import Actor, Unit

# Countries whose news calls the head of government "the leader".
_HEAD_OF_GOVERNMENT_LEADS: Final = frozenset(
    ["GBR", "DEU", "JPN", "IND", "ISR", "ITA", "ESP", "CAN", "AUS", "NZL", "NLD", "BEL", "SWE", "NOR", "DNK", "POL", "HUN", "CZE", "GRC", "PAK", "BGD", "THA", "MYS", "SGP", "ARM", "GEO", "IRQ", "ETH", "NPL", "LKA", "AUT", "IRL", "PRT", "SVK", "SVN", "HRV", "BGR", "EST", "LVA", "LTU", "LUX", "MLT"])


def person_actor(rows: tuple[gazetteer.Person, ...], on: date | None, country_hint: str = "") -> Actor | None:
    """The office-holder row nearest in time, as an actor."""
    candidates = [row for row in rows if not country_hint or row.country == country_hint] or list(rows)
    best = gazetteer.best_term(candidates, on)
    if best is None:
        return None
    return Actor(name=best.name, country=best.country, role=best.role, kind="person")


def leader_role(code: str) -> str:
    return "head_of_government" if code in _HEAD_OF_GOVERNMENT_LEADS else "head_of_state"


@lru_cache(maxsize=4096)  # the same few titles and days recur through an article and a corpus
def describe(code: str, role: str, on: date | None, plural: bool, title_text: str) -> Actor:
    """An actor named by a country and a title: the office-holder when the table knows them."""
    office = leader_role(code) if role == "leader" else role
    if not plural and office in ("head_of_state", "head_of_government", "foreign_minister",
                                 "defence_minister", "igo_head", "security_adviser"):
        holder = gazetteer.office_holder(code, office, on)
        if holder is not None:
            return Actor(name=holder.name, country=code, role=holder.role, kind="person")
    country_name = gazetteer.country_name(code)
    return Actor(name=f"{country_name}'s {title_text}".strip(), country=code, role=office,
                 kind="description", plural=plural)


@lru_cache(maxsize=1024)  # an Actor is immutable, so one per country serves every sentence
def state_actor(code: str, plural: bool = False) -> Actor:
    entry = gazetteer.country(code)
    kind = "group" if entry is not None and entry.is_group else "state"
    return Actor(name=gazetteer.country_name(code), country=code, role="government", kind=kind,
                 plural=plural)


def state_of(unit: Unit) -> Actor:
    """The actor a unit stands for: its actor phrase, else the country of a modifier or place."""
    if unit.actor is not None:
        return unit.actor
    for kind in ("group", "country", "demonym", "capital"):
        sense = unit.sense(kind)
        if sense is not None:
            return state_actor(sense.code)
    return state_actor(unit.place_country)
