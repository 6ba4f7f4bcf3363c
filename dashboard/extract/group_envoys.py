"""A group's envoy acts for the group, not for the country the person comes from: "the bloc's
mediator, former Nigerian President Goodluck Jonathan, travelled to Bamako" and "Olusegun
Obasanjo, the African Union's special envoy, met ..." are the bloc's and the AU's, as the gold
sets code them. The person is told in apposition to the group's envoy phrase, before or after."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

from dashboard import gazetteer
from dashboard.extract.lower_case import lower_case
from dashboard.extract.units import Unit

if TYPE_CHECKING:
    from dashboard.extract.recognize import ActorChunker

# Nouns of a person sent to act for a body; not its chair, who often leads a member state too.
_ENVOY_NOUNS: Final = frozenset({"envoy", "envoys", "mediator", "emissary", "facilitator", "negotiator",
                                 "representative"})
# Words that may stand between the group and the noun ("the AU's special envoy", "chief mediator").
_ENVOY_ADJECTIVES: Final = frozenset({"special", "chief", "top", "senior", "personal", "high"})
# Stems one of which every envoy noun holds: a plain test of the sentence spares the scan of its
# units (ASCII sentences only: a unit's lower-cased words may differ from the sentence's beyond).
_ENVOY_STEMS: Final = ("envoy", "mediator", "emissar", "facilitator", "negotiator", "representative")
# What may close an apposition after the person: "X, the UN envoy, said", "..., the UN envoy."
_APPOSITION_ENDS: Final = frozenset({",", ".", ";", ")", "who", "and"})


def _group_code(unit: Unit) -> str:
    actor = unit.actor
    if actor is None or not actor.country:
        return ""
    entry = gazetteer.country(actor.country)
    return actor.country if entry is not None and entry.is_group else ""


def _envoy_group(units: list[Unit], m: int) -> str:
    """The group whose envoy the phrase ending at ``m`` names ("the UN envoy", "the bloc's
    mediator", "ECOWAS's chief mediator"); "" when it names none."""
    unit = units[m]
    last = unit.low.split()[-1] if unit.low else ""
    if last not in _ENVOY_NOUNS:
        return ""
    if unit.actor is not None:  # one phrase: "the African Union's special envoy"
        return _group_code(unit) if unit.actor.kind == "description" and not unit.possessive else ""
    k = m - 1
    while k >= 0 and m - k <= 2 and units[k].actor is None and units[k].low in _ENVOY_ADJECTIVES:
        k -= 1
    return _group_code(units[k]) if k >= 0 else ""


def _group_of_person(units: list[Unit], k: int) -> str:
    """The group the person at ``k`` is told to be an envoy of, in apposition before or after."""
    before = k - 1
    if before >= 0 and units[before].low == "former":
        before -= 1
    if before >= 1 and units[before].low == ",":
        code = _envoy_group(units, before - 1)
        if code:
            return code
    elif before >= 0 and before == k - 1:  # "ECOWAS mediator Goodluck Jonathan"
        code = _envoy_group(units, before)
        if code:
            return code
    after = k + 1
    if after < len(units) and units[after].low == ",":
        after += 1
        if after < len(units) and units[after].low in ("the", "a"):
            after += 1
        m = after
        while m < len(units) and m - after < 3 and units[m].low not in _APPOSITION_ENDS:
            m += 1  # "the bloc 's" "special" "envoy"
        if m > after and (m == len(units) or units[m].low in _APPOSITION_ENDS):
            return _envoy_group(units, m - 1)
    return ""


def _names_no_envoy(sentence: str) -> bool:
    if not sentence.isascii():
        return False
    low = lower_case(sentence)
    return not any(stem in low for stem in _ENVOY_STEMS)


def envoys_for_groups(units: list[Unit], sentence: str, chunker: ActorChunker) -> list[Unit]:
    """The units of the ``sentence`` with each person named as a group's envoy acting for the
    group, here and wherever the article names them again ("Kenyatta met Tshisekedi")."""
    envoys = chunker.memory.envoys
    if not envoys and (_names_no_envoy(sentence) or not any(
            unit.low.split()[-1:] and unit.low.split()[-1] in _ENVOY_NOUNS for unit in units)):
        return units  # the cheap cue: no envoy noun, no envoy named before
    for k, unit in enumerate(units):
        person = unit.actor
        if person is None or person.kind != "person" or unit.possessive:
            continue
        code = _group_of_person(units, k)
        known = envoys.get(person.name) or envoys.get(person.name.split()[-1])
        if not code and known is not None and known.name.endswith(person.name):
            code = known.country
        if code and code != person.country:
            acting = replace(person, country=code, role="envoy")
            unit.actor = acting
            chunker._replace_remembered(person, acting)
            envoys[person.name] = envoys[person.name.split()[-1]] = acting
    return units
