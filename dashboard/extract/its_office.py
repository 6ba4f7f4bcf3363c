""""Israel disputed the account. Its foreign ministry said ...": a sentence that opens with
"Its" and an office ("its foreign ministry", "its government", "its leader, Hassan
Nasrallah,") before a verb speaks for the country the sentence before opened with; so does one
that opens with a ministry told by its kind, not its country ("The Ministry strongly condemns",
"The foreign ministry also said")."""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from dashboard.extract.actor_makers import state_actor
from dashboard.extract.units import Unit
from dashboard.extract.words import TIME_WORDS

# Words of an office that carry no dictionary sense of their own.
_OFFICE_WORDS: Final = frozenset({
    "statement", "spokesman", "spokeswoman", "spokesperson", "director", "general", "secretary",
    "office", "cabinet", "presidency", "army", "military", "parliament", "embassy", "mission",
    "envoy", "ambassador", "chief", "head", "leadership", "officials", "authorities"})
# "The Ministry condemns ...", "The foreign ministry said ...": a ministry told by its kind.
# "The government" alone was weighed and left out: it names the home government of a report
# as often as the country of the sentence before.
_GOVERNMENTS: Final = frozenset({"ministry", "department", "presidency"})
_GOVERNMENT_MODIFIERS: Final = frozenset({"federal", "military", "foreign", "interim", "transitional",
                                          "new", "defence", "defense"})
_OFFICE_SENSES: Final = frozenset({"title", "institution"})
_MAX_OFFICE_UNITS: Final = 3
_MAX_NAME_UNITS: Final = 6
# A fronted time or source before the office: "On Tuesday", "Later,", "In a statement,".
_OPENER_WORDS: Final = TIME_WORDS | {"on", "in", "a", "statement", "meanwhile", "separately", "then", ","}
_MAX_OPENER_UNITS: Final = 5


def opening_country(units: list[Unit]) -> str | None:
    """The country of the actor a sentence opens with (among its first few units), if any."""
    return next((unit.actor.country for unit in units[:4] if unit.actor is not None and unit.actor.country), None)


def with_owner(units: list[Unit], owner: str | None) -> list[Unit]:
    """The sentence's units with "Its <office>[, <name>,]" made one actor of ``owner`` (a named
    person in the apposition stays that person); unchanged when it does not open so, after at
    most a fronted time or source ("On Tuesday its foreign ministry said", "In a statement, the
    ministry said")."""
    n = len(units)
    s = _opener_end(units)
    if owner is None or n < s + 3 or units[s].low not in ("its", "the") or units[s].actor is not None:
        return units
    office = _is_office if units[s].low == "its" else _is_government
    k = s + 1
    while k < n and k - s <= _MAX_OFFICE_UNITS and units[k].actor is None and office(units[k]):
        k += 1
    if k == s + 1 or (units[s].low == "the" and units[k - 1].low.split()[-1] not in _GOVERNMENTS):
        return units
    person: Unit | None = None
    if k < n and units[k].text == ",":  # "Its leader, Hassan Nasrallah, threatened ..."
        close = next((j for j in range(k + 1, min(n, k + 2 + _MAX_NAME_UNITS)) if units[j].text == ","), None)
        if close is None:
            return units
        person = next((unit for unit in units[k + 1:close] if unit.actor is not None and unit.actor.kind == "person"), None)
        k = close + 1
    # one adverb may stand before the verb: "The ministry also said", "The Ministry strongly condemns"
    adverb = k < n and units[k].actor is None and (units[k].low == "also" or units[k].low.endswith("ly"))
    verb = k + 1 if adverb and k + 1 < n else k
    if verb >= n or not any(spec.pos != "noun" for spec in units[verb].triggers()):  # a verb or a verb of saying
        return units
    if person is not None:
        return [*units[:s], person, *units[k:]]  # the name says more than the pronoun
    phrase = units[s:k]
    speaker = Unit(phrase[0].start, phrase[-1].end, " ".join(unit.text for unit in phrase),
                   actor=replace(state_actor(owner), explicit=False))
    return [*units[:s], speaker, *units[k:]]


def _opener_end(units: list[Unit]) -> int:
    """Where the sentence's subject starts past a fronted "On Tuesday(,)", "Later," or "In a
    statement,": 0 when it opens with none."""
    k = 0
    while k < min(len(units), _MAX_OPENER_UNITS) and units[k].actor is None and units[k].low in _OPENER_WORDS:
        k += 1
    return k if 0 < k < len(units) and units[k].low in ("its", "the") else 0


def _is_government(unit: Unit) -> bool:
    return unit.low in _GOVERNMENTS or unit.low in _GOVERNMENT_MODIFIERS \
        or (unit.low.split()[-1] in _GOVERNMENTS and any(sense.kind in _OFFICE_SENSES for sense in unit.senses))


def _is_office(unit: Unit) -> bool:
    return unit.low in _OFFICE_WORDS or any(sense.kind in _OFFICE_SENSES for sense in unit.senses)
