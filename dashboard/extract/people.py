"""People the text itself ties to a country, though the dictionary does not know them.

"Haiti's new prime minister, Garry Conille, ...", "Mohamed Muizzu, the Maldivian president, ...",
"Ghana's Nana Akufo-Addo", "Mohamed Muizzu won the Maldivian presidency": the name becomes a
person of that country, and its surname is remembered for later mentions ("Muizzu said").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

from dashboard import gazetteer
from dashboard.extract.actor_makers import state_actor
from dashboard.extract.article_memory import LEADER_ROLES
from dashboard.extract.lexicon import Sense
from dashboard.extract.name_words import is_name_word
from dashboard.extract.title_complements import (
    LINKS,
    complement_start,
    complement_to_comma,
    complement_to_name,
)
from dashboard.extract.units import Actor, Unit

if TYPE_CHECKING:
    from dashboard.extract.recognize import ActorChunker

# Roles of one person named by a title ("the Maldivian president"), not of a body.
_PERSON_ROLES: Final = frozenset({"head_of_state", "head_of_government", "foreign_minister", "defence_minister",
                                  "minister", "spokesperson", "igo_head", "security_adviser", "envoy", "diplomat",
                                  "legislator", "official", "other"})
# Capitalised words that are no part of a name: sentence openers, days, months.
_NOT_NAMES: Final = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                               "january", "february", "march", "april", "may", "june", "july", "august", "september",
                               "october", "november", "december", "on", "in", "at", "but", "and", "the", "when",
                               "while", "after", "before", "as", "if", "then", "meanwhile", "now", "so", "yet",
                               "also", "still", "since", "last", "next", "this", "that", "his", "her", "their", "its"})
# Offices one wins or takes: "won the Maldivian presidency", "took the Italian premiership".
_OFFICES: Final = {"presidency": "head_of_state", "premiership": "head_of_government"}
_TAKING: Final = frozenset({"won", "took", "assumed", "captured", "secured"})


def _is_name(unit: Unit, not_names: frozenset[str]) -> bool:
    if unit.actor is not None or not unit.text[:1].isupper() or unit.low in _NOT_NAMES or unit.low in not_names:
        return False
    return is_name_word(unit)


def _name_run(units: list[Unit], i: int, not_names: frozenset[str]) -> int:
    """The end of a run of two to four name words starting at i (i when there is none)."""
    k = i
    while k < len(units) and k - i < 4 and _is_name(units[k], not_names):
        k += 1
    return k if k - i >= 2 else i


def _run_before(units: list[Unit], end: int, not_names: frozenset[str]) -> int:
    """The start of a run of two to four name words ending at end (end when there is none), at
    the head of a clause."""
    k = end
    while k > 0 and end - k < 4 and _is_name(units[k - 1], not_names):
        k -= 1
    if end - k < 2 or (k > 0 and not (units[k - 1].low in (",", "(") or units[k - 1].actor is None
                                      and units[k - 1].text[:1].islower())):
        return end
    return k


def _one_person(actor: Actor | None) -> bool:
    return (actor is not None and bool(actor.country) and not actor.plural
            and actor.kind in ("description", "person") and actor.role in _PERSON_ROLES)


def _by_title(actor: Actor, text: str) -> bool:
    """Whether a phrase names its person by office only ("Togo's new foreign minister"): the
    name after it then wins over the table's holder, which may be out of date."""
    return actor.kind == "description" or (actor.kind == "person" and actor.name.split()[-1] not in text)


def _span_at(units: list[Unit], k: int, not_names: frozenset[str]) -> tuple[int, int, Actor] | None:
    """The person phrase a comma, a possessive country or a verb of taking office at k ties."""
    unit = units[k]
    n = len(units)
    if unit.low == ",":
        link = complement_start(units, k) if k > 2 and not _one_person(units[k - 1].actor) else -1
        at = link - 1 if link > 0 else k - 1  # "the US ambassador to Syria, Margaret Scobey,"
        head = units[at].actor if at >= 0 else None
        if (head is not None and _by_title(head, units[at].text) and _one_person(head)
                and not units[at].possessive):
            end = _name_run(units, k + 1, not_names)  # "Haiti's new prime minister, Garry Conille,"
            if end > k + 1 and (end == n or units[end].low in (",", ".", "and", "said", "told")):
                name = " ".join(u.text for u in units[k + 1:end])
                return at, end, Actor(name=name, country=head.country, role=head.role, kind="person")
            return None
    elif unit.low in LINKS:
        return _complemented(units, k, not_names)
    elif unit.possessive:
        actor = unit.actor
        if actor is None or actor.kind not in ("state", "group"):
            return None
        end = _name_run(units, k + 1, not_names)  # "Ghana's Nana Akufo-Addo"
        if end > k + 1 and not (end < n and units[end].text[:1].isupper()):
            name = " ".join(u.text for u in units[k + 1:end])
            return k, end, Actor(name=name, country=actor.country, role="other", kind="person")
        return None
    start = _run_before(units, k, not_names)  # "Mohamed Muizzu, the ...", "Mohamed Muizzu won ..."
    found = _apposed(units, start, k) if start < k else None
    return None if found is None else (start, found[1], found[0])


def _complemented(units: list[Unit], k: int, not_names: frozenset[str]) -> tuple[int, int, Actor] | None:
    """"Russia's special envoy for Afghanistan Zamir Kabulov": the name after a title's
    complement of one country (the link word at ``k``) is the title's holder."""
    head = units[k - 1].actor
    start = complement_to_name(units, k)
    if head is None or start < 0 or not _one_person(head) or units[k - 1].possessive or not _by_title(head, units[k - 1].text):
        return None
    end = _name_run(units, start, not_names)
    if end == start or end < len(units) and units[end].text[:1].isupper():
        return None
    name = " ".join(u.text for u in units[start:end])
    return k - 1, end, Actor(name=name, country=head.country, role=head.role, kind="person")


def with_named_people(units: list[Unit], chunker: ActorChunker) -> list[Unit]:
    """The units with each person the sentence ties to a country as one person unit."""
    units = _title_with_its_name(units)
    persons = chunker.sentence_persons
    if persons and any(not person.country for person in persons):
        _countries_from_bodies(units, chunker)
    not_names = chunker.lexicon.word_classes.get("organisation_word", frozenset())
    spans: list[tuple[int, int, Actor]] = []
    for k in range(len(units) - 1):
        unit = units[k]
        # every phrase needs a capitalised word right before or after its anchor
        if (unit.low == "," or unit.low in _TAKING or unit.possessive) and (
                units[k + 1].text[:1].isupper() or k > 0 and units[k - 1].text[:1].isupper()) or (
                unit.low in LINKS and k > 0 and units[k - 1].actor is not None):
            span = _span_at(units, k, not_names)
            if span is not None and (not spans or span[0] >= spans[-1][1]):
                spans.append(span)
    if not spans:
        return units
    out: list[Unit] = []
    i = 0
    for start, end, person in spans:
        if start < i:
            continue  # the one before took a possessive "'s" beyond its span
        out.extend(units[i:start])
        merged, width = chunker._emit(units, start, end, person)
        out.append(merged)
        i = start + width
    out.extend(units[i:])
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
        if title is None or not _one_person(title):
            return None
        if k + 1 == n or units[k + 1].low in (",", "."):
            return Actor(name=name, country=title.country, role=title.role, kind="person"), k + 1
        comma = complement_to_comma(units, k + 1)  # "Zamir Kabulov, Russia's special envoy for Afghanistan,"
        return None if comma < 0 else (Actor(name=name, country=title.country, role=title.role, kind="person"), comma)
    if k + 3 < n and units[k].low in _TAKING and units[k + 1].low == "the":
        office = _OFFICES.get(units[k + 3].low)
        demonym = units[k + 2].sense("demonym")
        if office is not None and demonym is not None:
            return Actor(name=name, country=demonym.code, role=office, kind="person"), end
    return None


# Offices one person holds, whose bare title ("the Prime Minister") is the holder named before.
_HELD_ROLES: Final = frozenset({"head_of_state", "head_of_government", "foreign_minister", "defence_minister", "igo_head"})


def title_holder(units: list[Unit], i: int, j: int, titles: list[Sense], persons: list[Actor],
                 titled: dict[str, Actor]) -> Actor | None:
    """"The Prime Minister visited Beijing" after "Anthony Albanese, Prime Minister": the person
    the article last named in that office (not "the prime minister of", "a president"). Once the
    bare title has meant someone it keeps meaning them: a release that calls its own leader "the
    Prime Minister" throughout may name a host's prime minister in passing."""
    title = titles[-1]
    if (len(titles) != 1 or title.plural or title.role not in _HELD_ROLES or i == 0 or units[i - 1].low != "the"
            or (j < len(units) and (units[j].low == "of" or units[j].text[:1].isupper()))):
        return None
    word = units[j - 1].low
    if word in _MONARCHS:  # "the King" is no president named before: the latest named king
        return next((replace(person, explicit=False) for person in reversed(persons)
                     if person.role == title.role and _styled(person, word)), None)
    bound = titled.get(title.role)
    if bound is not None:
        return bound
    for person in reversed(persons):
        if person.role == title.role and person.country:
            titled[title.role] = replace(person, explicit=False)
            return titled[title.role]
    return None


# Titles of monarchs, which the dictionary's offices name in their titles ("King", "Emir").
_MONARCHS: Final = frozenset({"king", "queen", "emir", "sultan", "monarch"})


def _styled(person: Actor, word: str) -> bool:
    """Whether the dictionary gives the person a title with that word, or "monarch" a title
    of any of them."""
    words = {word} if word != "monarch" else _MONARCHS
    return any(entry.name == person.name and entry.title.lower() in words for entry in gazetteer.people())


def body_named_before(units: list[Unit], i: int, j: int, titles: list[Sense],
                      bodies: dict[str, Actor], persons: list[Actor]) -> Actor | None:
    """"The Russian Foreign Ministry summoned the ambassador ... The ministry demanded": a bare
    singular "the ministry", "the government" is the body of that kind the article last named
    with its country (not "the ministry of", "ministries"); "the government" or "the ministry"
    is the latest body of any kind named. "The administration" is the government of the latest
    president or prime minister named (a Kremlin named in between is no administration)."""
    title = titles[-1]
    if (len(titles) != 1 or title.plural or i == 0 or units[i - 1].low != "the"
            or (i > 1 and units[i - 2].low != ",")  # a subject opening the sentence or a clause
            or (j < len(units) and (units[j].low == "of" or units[j].text[:1].isupper()))):
        return None
    body = bodies.get(title.role)
    if units[i].low == "administration":
        leader = next((person for person in reversed(persons) if person.role in LEADER_ROLES and person.country), None)
        body = body if leader is None else state_actor(leader.country)
    return None if body is None else replace(body, explicit=False)


def fronted_capital(units: list[Unit], i: int) -> str:
    """"In Washington, spokeswoman Jane Doe said ...": a speaker of no stated country, right
    after an opening "In <capital>,", speaks for that capital's country ("" otherwise)."""
    if i < 3 or len(units) < 4 or units[0].low != "in" or units[2].text != ",":
        return ""
    if any(not is_name_word(unit) and unit.low not in ("a", "an", "the") for unit in units[3:i]):
        return ""  # "National Security Council spokeswoman": only a body's name may come between
    seat = units[1].sense("capital")
    return seat.code if seat is not None else ""


def _title_with_its_name(units: list[Unit]) -> list[Unit]:
    """"Mexico's president, Claudia Sheinbaum, ...": a title that the office-holder table gave
    to one person, followed by the name of another of the same country in apposition, is the
    person named (the text knows better than a table of terms); one unit for both."""
    k = 0
    while k + 3 < len(units):
        title, comma, named, after = units[k], units[k + 1], units[k + 2], units[k + 3]
        if (title.actor is not None and named.actor is not None and comma.text == "," and after.text in (",", ".")
                and title.actor.kind == named.actor.kind == "person" and title.actor.country == named.actor.country
                and title.actor.name != named.actor.name and title.actor.name not in title.text):
            merged = Unit(title.start, named.end, f"{title.text}, {named.text}", actor=named.actor)
            units = [*units[:k], merged, *units[k + 3:]]
        k += 1
    return units

