"""Acts the article names with their doer, for a later reaction that names the act alone.

"Russia has used drones in attacks on Kyiv ... The EU condemns these attacks", "the first
anniversary of Russia's invasion ... voted to condemn the invasion", "Abiy and Bihi signed a
memorandum ... The Arab League rejected the memorandum": the reaction is aimed at whoever the
act's first mention gave as its doer (its possessive or national owner, else the sentence's
first country), not at the latest event of the act's type nor the country named last.
"""

from __future__ import annotations

from typing import Final

from dashboard.extract.actor_makers import state_actor, state_of
from dashboard.extract.units import Actor, Unit
from dashboard.extract.words import POSSESSIVE_PRONOUNS

# Acts of one side that the "setting" and "proposal" word classes hold (not states of affairs
# such as "the violence" or "the war", which reproach nobody in particular).
_ACTS: Final = frozenset({"attack", "attacks", "strikes", "invasion", "offensive", "occupation",
                          "offer", "offers", "proposal", "proposals", "plan", "plans", "initiative",
                          "ultimatum", "memorandum", "pact", "measures", "decision", "move"})
# Words any side's act may go by: their doer only from an owner beside them ("Biden's move"),
# never from the sentence's first country ("the judges in The Hague delivered their decision").
_OWNED_ONLY: Final = frozenset({"decision", "move"})
_DETERMINERS: Final = frozenset({"the", "this", "that", "these", "those"})
_DASHES: Final = frozenset({"-", "--", "\u2014", "\u2013"})
_MODIFIERS: Final = 2
_REACTION_PREPS: Final = frozenset({"at", "over", "about", "against"})  # "Russia's full-scale invasion": plain words between owner and act


def _country(unit: Unit) -> str:
    """The country a unit names (an actor, a country or demonym word), else ""."""
    if unit.actor is None and not any(unit.sense(kind) is not None for kind in ("group", "country", "demonym", "capital")):
        return ""
    return state_of(unit).country or ""


def _plain(unit: Unit) -> bool:
    """A word that may stand between an act and its owner or determiner ("full-scale")."""
    return unit.actor is None and not _country(unit) and unit.low not in _DETERMINERS \
        and unit.low.replace("-", "").isalpha()


def _first_country(units: list[Unit], start: int, stop: int) -> str:
    """The first country the units from ``start`` to ``stop`` (included) name, else ""."""
    for j in range(start, stop + 1):
        country = _country(units[j])
        if country:
            return country
    return ""


def owned_acts_in(units: list[Unit], owned: dict[str, str]) -> dict[str, str]:
    """``owned`` with each act word of the sentence not yet in it, mapped to its doer: a
    possessive or national word just before it ("Russia's invasion", "Russian strikes"), else
    the sentence's first country named before it. A new dict when something is added."""
    added: dict[str, str] = {}
    start = 0
    for k, unit in enumerate(units):
        if unit.text in _DASHES:
            start = k + 1  # "PARIS, Sept. 18 - France ...": a dateline's city is no doer
            continue
        low = unit.low
        space = low.find(" ")
        word = low if space < 0 else low[:space]  # "memorandum of understanding"
        if word not in _ACTS or word in owned or word in added or unit.actor is not None:
            continue
        owner = ""
        for j in range(k - 1, max(-1, k - 2 - _MODIFIERS), -1):
            if units[j].low in POSSESSIVE_PRONOUNS:
                break  # "the judges in The Hague delivered their decision": not the place's
            if not _plain(units[j]):
                owner = _country(units[j])
                break
        if not owner and word not in _OWNED_ONLY and not any(units[j].low in _REACTION_PREPS for j in range(max(0, k - 4), k)):
            owner = _first_country(units, start, k)  # not "anger at a new pact", "protests over the plan": another's act
        if owner:
            added[word] = owner
    return {**owned, **added} if added else owned


def owned_act_target(units: list[Unit], index: int, owned: dict[str, str], own: set[str]) -> list[Actor]:
    """"condemned the invasion": the doer the article gave the act named as the object of the
    verb at ``index`` (a determiner, at most two plain words, the act), unless it is the speaker."""
    k = index + 1
    if k >= len(units) or units[k].low not in _DETERMINERS:
        return []
    for j in range(k + 1, min(len(units), k + 2 + _MODIFIERS)):
        word = units[j].low.split(" ")[0]
        if word in owned and units[j].actor is None:
            owner = owned[word]
            return [state_actor(owner)] if owner not in own else []
        if not _plain(units[j]):
            return []
    return []
