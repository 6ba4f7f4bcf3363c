"""People the text itself ties to a country, though the dictionary does not know them.

"Haiti's new prime minister, Garry Conille, ...", "Mohamed Muizzu, the Maldivian president, ...",
"Ghana's Nana Akufo-Addo", "Mohamed Muizzu won the Maldivian presidency": the name becomes a
person of that country, and its surname is remembered for later mentions ("Muizzu said").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dashboard.extract.lexicon import Sense
from dashboard.extract.units import Actor, Unit

if TYPE_CHECKING:
    from dashboard.extract.recognize import ActorChunker

# Roles of one person named by a title ("the Maldivian president"), not of a body.
_PERSON_ROLES = frozenset({"head_of_state", "head_of_government", "foreign_minister", "defence_minister",
                           "minister", "spokesperson", "igo_head", "security_adviser", "envoy", "diplomat",
                           "legislator", "official", "other"})
# Capitalised words that are no part of a name: sentence openers, days, months.
_NOT_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                        "january", "february", "march", "april", "may", "june", "july", "august", "september",
                        "october", "november", "december", "on", "in", "at", "but", "and", "the", "when",
                        "while", "after", "before", "as", "if", "then", "meanwhile", "now", "so", "yet",
                        "also", "still", "since", "last", "next", "this", "that", "his", "her", "their", "its"})
# Offices one wins or takes: "won the Maldivian presidency", "took the Italian premiership".
_OFFICES = {"presidency": "head_of_state", "premiership": "head_of_government"}
_TAKING = frozenset({"won", "took", "assumed", "captured", "secured"})


def _name_run(units: list[Unit], i: int, chunker: ActorChunker) -> int:
    """The end of a run of two to four name words starting at i (i when there is none)."""
    from dashboard.extract.recognize import _is_name_word
    k = i
    not_names = chunker.lexicon.word_classes.get("organisation_word", frozenset())
    while k < len(units) and k - i < 4 and units[k].actor is None and _is_name_word(units[k]) \
            and units[k].low not in _NOT_NAMES and units[k].low not in not_names:
        k += 1
    return k if k - i >= 2 else i


def _one_person(actor: Actor | None) -> bool:
    return (actor is not None and bool(actor.country) and not actor.plural
            and actor.kind in ("description", "person") and actor.role in _PERSON_ROLES)


def with_named_people(units: list[Unit], chunker: ActorChunker) -> list[Unit]:
    """The units with each person the sentence ties to a country as one person unit."""
    if any(not person.country for person in chunker.sentence_persons):
        _countries_from_bodies(units, chunker)
    if not any(unit.low == "," or unit.possessive or unit.low in _TAKING for unit in units):
        return units
    out: list[Unit] = []
    i = 0
    n = len(units)
    while i < n:
        unit = units[i]
        actor = unit.actor
        found: tuple[Actor, int] | None = None
        if actor is not None and i + 2 < n:
            if actor.kind == "description" and _one_person(actor) and units[i + 1].low == "," and not unit.possessive:
                end = _name_run(units, i + 2, chunker)  # "Haiti's new prime minister, Garry Conille,"
                if end > i + 2 and (end == n or units[end].low in (",", ".", "and", "said", "told")):
                    name = " ".join(u.text for u in units[i + 2:end])
                    found = Actor(name=name, country=actor.country, role=actor.role, kind="person"), end
            elif actor.kind in ("state", "group") and unit.possessive:
                end = _name_run(units, i + 1, chunker)  # "Ghana's Nana Akufo-Addo"
                if end > i + 1 and not (end < n and units[end].text[:1].isupper()):
                    name = " ".join(u.text for u in units[i + 1:end])
                    found = Actor(name=name, country=actor.country, role="other", kind="person"), end
        elif actor is None and (i == 0 or units[i - 1].actor is None and units[i - 1].text[:1].islower()
                                or units[i - 1].low in (",", "(")):
            end = _name_run(units, i, chunker)
            if end > i:
                found = _apposed(units, i, end)
        if found is None:
            out.append(unit)
            i += 1
            continue
        person, end = found
        merged, width = chunker._emit(units, i, end, person)
        out.append(merged)
        i += width
    return out


def _countries_from_bodies(units: list[Unit], chunker: ActorChunker) -> None:
    """"State Department spokeswoman Morgan Ortagus", "The Venezuelan military's top commander,
    Defence Minister Vladimir Padrino López": an official named by a bare title takes the country
    of the body named right before, or of the phrase the name stands in apposition to."""
    for k in range(1, len(units)):
        person = units[k].actor
        if person is None or person.kind != "person" or person.country:
            continue
        before = units[k - 1].actor
        owner = before.country if before is not None and before.kind == "institution" else ""
        if not owner and units[k - 1].low == ",":
            m = k - 2
            while m >= 0 and k - m <= 5 and units[m].actor is None and units[m].text.islower():
                m -= 1  # "top commander", "chief negotiator"
            head = units[m].actor if m >= 0 else None
            if head is not None and head.country and m < k - 2 and (units[m].possessive or head.kind in (
                    "institution", "description")):
                owner = head.country
        if owner:
            own = replace(person, country=owner)
            units[k].actor = own
            chunker._replace_remembered(person, own)


def _apposed(units: list[Unit], i: int, end: int) -> tuple[Actor, int] | None:
    """"Mohamed Muizzu, the Maldivian president," or "Mohamed Muizzu won the Maldivian presidency"."""
    n = len(units)
    name = " ".join(u.text for u in units[i:end])
    k = end
    if k < n and units[k].low == ",":
        k += 1
        if k < n and units[k].low in ("the", "a"):
            k += 1
        title = units[k].actor if k < n else None
        if title is not None and _one_person(title) and (k + 1 == n or units[k + 1].low in (",", ".")):
            return Actor(name=name, country=title.country, role=title.role, kind="person"), k + 1
        return None
    if k + 3 < n and units[k].low in _TAKING and units[k + 1].low == "the":
        office = _OFFICES.get(units[k + 3].low)
        demonym = units[k + 2].sense("demonym")
        if office is not None and demonym is not None:
            return Actor(name=name, country=demonym.code, role=office, kind="person"), end
    return None


# Offices one person holds, whose bare title ("the Prime Minister") is the holder named before.
_HELD_ROLES = frozenset({"head_of_state", "head_of_government", "foreign_minister", "defence_minister"})


def title_holder(units: list[Unit], i: int, j: int, titles: list[Sense], persons: list[Actor]) -> Actor | None:
    """"The Prime Minister visited Beijing" after "Anthony Albanese, Prime Minister": the person
    the article last named in that office (not "the prime minister of", "a president")."""
    title = titles[-1]
    if (len(titles) != 1 or title.plural or title.role not in _HELD_ROLES or i == 0 or units[i - 1].low != "the"
            or (j < len(units) and (units[j].low == "of" or units[j].text[:1].isupper()))):
        return None
    for person in reversed(persons):
        if person.role == title.role and person.country:
            return replace(person, explicit=False)
    return None
