"""Whom "him" stands for after a participle of the subject's own act: "Museveni said
after meeting him that ...": someone named before, never the subject who met them."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Actor, Unit
from dashboard.extract.words import PREPOSITIONS, REPORTING_VERBS

# Words that open a side phrase whose participle the clause's subject does: "after meeting him".
_OPENERS: Final = frozenset({"after", "before", "while", "upon", "since", "when"})


def met_by_subject(units: list[Unit], i: int, sentence_persons: list[Actor], persons: list[Actor]) -> Actor | None:
    """The person "him" at ``i`` stands for when it is the object of a participle after
    "after", "before", "while" ... in a sentence whose subject is a person: the latest person
    named other than that subject (None when it is not such an object)."""
    if (not sentence_persons or i < 2 or units[i].low != "him"
            or units[i - 2].low not in _OPENERS or not units[i - 1].low.endswith("ing")):
        return None
    subject = sentence_persons[0]
    return next((person for person in reversed(persons) if person.name != subject.name and person.country), None)


# Words after which "her" is an object, not a possessive: "urged her to", "met her in".
_AFTER_OBJECT: Final = frozenset({"to", "that", "on", "for", "about", "in", "at", "as", "over", "and", ",", "."})


def object_of_subject(done: list[Unit], units: list[Unit], i: int, before: Actor | None) -> Actor | None:
    """The person "him" (or object "her") at ``units[i]`` stands for right after a verb (``done``:
    the sentence's units chunked so far): an object is never its own clause's subject ("Modi met
    Putin and urged him", "where Talon received him", "Fernandez, who hailed him"), so it is the
    latest other person the sentence names, else the person the sentence ``before`` was about
    ("Sharif took office. Modi congratulated him"); None when no person subject is found or a
    report comes first ("Modi said Putin told him": him is Modi)."""
    low = units[i].low
    if len(done) < 2 or low not in ("him", "her") \
            or low == "her" and (i + 1 >= len(units) or units[i + 1].low not in _AFTER_OBJECT):
        return None
    if not (done[-1].text.isalpha() and done[-1].text.islower() and _verb(done[-1])):
        return None
    subject = _clause_subject(done, len(done) - 1)
    if subject is None:
        return None
    named = [unit.actor for unit in done if _person(unit) and unit.actor is not None and unit.actor.name != subject.name
             and unit.actor.country and unit.low not in ("he", "she", "his", "her", "him")]
    if named:
        return named[-1]
    return before if before is not None and before.name != subject.name and before.country else None


def _clause_subject(units: list[Unit], verb: int) -> Actor | None:
    """The person acting as subject of the verb at ``verb``: the antecedent of "who" right
    before it, else the nearest person on the left that no verb or preposition governs."""
    for k in range(verb - 1, -1, -1):
        unit = units[k]
        if unit.low in REPORTING_VERBS or unit.low == "that" or unit.text in ",;:" and k < verb - 1:
            return None  # past a report or the clause's start
        if unit.low == "who" and k == verb - 1:
            j = k - 2 if k > 1 and units[k - 1].text == "," else k - 1
            return units[j].actor if j >= 0 and _person(units[j]) else None
        if _person(units[k]) and not unit.possessive:
            before = units[k - 1] if k > 0 else None
            if before is None or not (before.low in PREPOSITIONS or _verb(before)
                                      or before.text.islower() and before.low.endswith("ed")):
                return None if unit.low in ("he", "she") else unit.actor  # "he ... welcome him": too unsure
    return None


def _person(unit: Unit) -> bool:
    return unit.actor is not None and unit.actor.kind == "person"


def _verb(unit: Unit) -> bool:
    return any(spec.pos in ("verb", "report") for spec in unit.triggers())


_ARTICLES: Final = frozenset({"the", "a", "an"})


def _object_at(units: list[Unit], i: int) -> bool:
    """Whether the phrase at ``i`` is the object of a preposition or a participle ("next to X",
    "after meeting X"), looking past an article."""
    k = i - 1 if i > 0 and units[i - 1].low in _ARTICLES else i
    word = units[k - 1].low.rsplit(" ", 1)[-1] if k > 0 else ""  # "next to": one unit
    return word in PREPOSITIONS or word.endswith("ing")


def fronted_subject(done: list[Unit], units: list[Unit], i: int) -> bool:
    """Whether the person at ``i`` is the subject after an opening phrase that named others only
    as objects ("Standing next to Netanyahu, Biden said"): the one a later "he" means."""
    persons = [unit for unit in done if unit.actor is not None and unit.actor.kind == "person"]
    if not persons or _object_at(units, i) or not any(unit.text == "," for unit in done[-2:]):
        return False
    return all(_object_at(done, done.index(unit)) for unit in persons)
