"""A country inside the object of a first predicate is no subject of the second: in "Japan
condemned Russia's invasion of Ukraine and reaffirmed its support for Kyiv", Ukraine, the last
country before "and reaffirmed", belongs to "the invasion of Ukraine", which "condemned" took
(or "Russia's" owns); whoever condemned also reaffirmed."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit

# Plain words that may stand between a noun's owner or verb and "of": "the illegal invasion".
_NOUN_WINDOW: Final = 4
# Words inside a list of countries after "of": "of Ukraine and Moldova", "of the Baltic states".
_LIST_WORDS: Final = frozenset({",", "and", "the"})
_VERB_KINDS: Final = frozenset({"verb", "report"})  # "urged"; "reaffirmed", a verb of saying


def in_object_of_first(units: list[Unit], actor: int, verb: int) -> bool:
    """Whether the statement verb at ``verb`` follows "and" as a second predicate and the actor
    at ``actor`` (the nearest on its left) is the complement of "of" after a noun that a
    statement verb takes or a country owns ("condemned the invasion of", "Moscow's treatment of"),
    or owns the noun right after a statement verb ("condemned Russia's invasion")."""
    if not _second_predicate(units, verb) or not _states(units[verb]):
        return False
    if units[actor].possessive:  # "condemned Russia's invasion ... and reaffirmed": the owner too
        return actor > 0 and _states(units[actor - 1 - (units[actor - 1].low == "the")])
    k = actor - 1
    while k >= 0 and (units[k].low in _LIST_WORDS or (units[k].actor is not None and not units[k].possessive)):
        k -= 1  # "of Ukraine and Moldova": back to "of"
    if k < 1 or units[k].low != "of":
        return False
    for j in range(k - 1, max(-1, k - 2 - _NOUN_WINDOW), -1):
        unit = units[j]
        if unit.actor is not None:
            return unit.possessive  # "Russia's invasion of": the owner's noun, an object
        if any(spec.pos == "verb" for spec in unit.triggers()):
            return j < k - 1 and _states(unit)  # "condemned the invasion of", not "suspended the right of"
        if not unit.text.isalpha() or unit.text[:1].isupper() and j > 0:
            return False  # punctuation or a name: another phrase
    return False


def _states(unit: Unit) -> bool:
    """Whether the word is a statement verb ("condemned", "urged", "reaffirmed")."""
    return any(spec.pos in _VERB_KINDS and spec.event_type == "statement" for spec in unit.triggers())


def _second_predicate(units: list[Unit], verb: int) -> bool:
    """Whether "and" (or "and also") stands right before the verb."""
    k = verb - 1
    if k >= 0 and units[k].low == "also":
        k -= 1
    return k > 0 and units[k].low == "and"
