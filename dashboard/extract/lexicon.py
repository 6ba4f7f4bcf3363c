"""The dictionaries of the extractor, compiled into one Aho-Corasick automaton.

Every surface form the extractor knows (country names, demonyms, capitals, groups,
institutions, office-holders, titles, cities, trigger words, support verbs, modality cues,
word classes) is a key of a single automaton, so a whole article is matched in one pass.
A key can carry several senses ("Washington" is a capital and a city; "visit" a verb and a
noun); later stages choose among them by context.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import ahocorasick_rs

from dashboard import gazetteer
from dashboard.config import LEXICON_DIR
from dashboard.extract.text import fold


@dataclass(frozen=True)
class TriggerSpec:
    """A word or phrase that signals an event, and how to find its participants."""

    phrase: str
    pos: str              # verb | noun
    event_type: str
    event_mode: str
    frame: str            # agent | host | patient | symmetric
    object_class: str     # a word class the object must contain ("" = none; "!x" = must not)
    preps: tuple[str, ...]  # prepositions introducing the target; "=" allows a direct object
    needs_support: bool   # a noun that is only an event with a support verb ("signed a treaty")


@dataclass(frozen=True)
class SupportSpec:
    """A verb that turns a noun trigger into an event ("imposed" sanctions, "voiced" concern)."""

    phrase: str
    applies_to: tuple[str, ...]
    orientation: str      # agent | patient
    mode: str


@dataclass(frozen=True)
class Sense:
    """One meaning of a matched surface form."""

    kind: str             # country demonym capital group institution person title city venue region
                          # trigger support cue tone class
    case: str             # exact | title | lower | any: how the original text must be capitalised
    code: str = ""
    role: str = ""
    plural: bool = False
    data: Any = field(default=None, compare=False)  # TriggerSpec, SupportSpec, Place, people...


def _csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines))


def _split(cell: str | None) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def verb_forms(verb: str) -> list[str]:
    """Base, third person, past and -ing forms of a regular English verb."""
    if verb.endswith("e"):
        return [verb, verb + "s", verb + "d", verb[:-1] + "ing"]
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return [verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"]
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return [verb, verb + "es", verb + "ed", verb + "ing"]
    return [verb, verb + "s", verb + "ed", verb + "ing"]


def is_acronym(surface: str) -> bool:
    """Short all-capitals or dotted forms ("US", "U.N.", "DPRK") that must match exactly."""
    letters = [c for c in surface if c.isalpha()]
    return bool(letters) and (all(c.isupper() for c in letters) or "." in surface) and len(letters) <= 6


def _name_case(surface: str) -> str:
    return "exact" if is_acronym(surface) else "title"


def _strip_article(surface: str) -> str:
    return surface[4:] if surface.lower().startswith("the ") else surface


@dataclass
class Lexicon:
    """The compiled automaton plus the lookup tables later stages need."""

    finder: ahocorasick_rs.AhoCorasick  # every key, found by its index in ``entries``
    entries: list[tuple[tuple[Sense, ...], bool]]  # the senses, and whether no sense minds the case
    word_classes: dict[str, frozenset[str]]
    # Entries of a verb whose object must be a city ("left Niamey"), checked when matched.
    city_objects: frozenset[int] = frozenset()
    # The bare form of a verb whose row lists only its inflections ("tour": "toured", "tours"),
    # left out as a noun's; read as the verb only after a modal (see bare_verbs.py).
    bare_verbs: dict[str, tuple[TriggerSpec, ...]] = field(default_factory=dict)


def _add(entries: dict[str, list[Sense]], surface: str, sense: Sense) -> None:
    _add_at(entries, fold(surface).lower().strip(), sense)


def _add_at(entries: dict[str, list[Sense]], key: str, sense: Sense) -> None:
    """``sense`` under a folded key, unless the key already has it."""
    if not key:
        return
    bucket = entries.get(key)
    if bucket is None:  # most keys: a new one, with nothing to compare
        entries[key] = [sense]
    elif not any(existing == sense and existing.data == sense.data for existing in bucket):
        bucket.append(sense)


def _add_places(entries: dict[str, list[Sense]]) -> None:
    for entry in gazetteer.countries().values():
        kind = "group" if entry.is_group else "country"
        for surface in (entry.name, *entry.aliases):
            surface = _strip_article(surface)
            _add(entries, surface, Sense(kind, _name_case(surface), code=entry.code,
                                         data=entry.ambiguous))
        for surface in entry.demonyms:
            plural = surface.endswith("s") and not surface.endswith(("ss", "ese", "Swiss"))
            _add(entries, surface, Sense("demonym", "title", code=entry.code, plural=plural))
        if not entry.is_group:
            # "a Russia-based entity", "Iran-based firms": where a company is based is its country
            for surface in (entry.name, *entry.aliases):
                _add(entries, f"{_strip_article(surface)}-based", Sense("demonym", "title", code=entry.code))
            for surface in (entry.capital, *entry.capital_aliases):
                if surface:
                    _add(entries, surface, Sense("capital", "title", code=entry.code))
    for institution in gazetteer.institutions():
        surface = _strip_article(institution.phrase)
        case = "exact" if institution.case_sensitive else "title"
        _add(entries, surface, Sense("institution", case, code=institution.code,
                                     role=institution.role))
    for place in gazetteer.venues():
        for surface in (place.name, *place.aliases):
            _add(entries, surface, Sense("venue", "title", code=place.country, data=place))
    for senses in entries.values():
        # "Congo": a name two countries share is read by which of them the article shows
        if sum(sense.kind == "country" for sense in senses) > 1:
            senses[:] = [replace(sense, data="shared") if sense.kind == "country" else sense for sense in senses]
    for surface in gazetteer.region_names():
        _add(entries, surface, Sense("region", "title"))
    # The most populous city of a name first: "Madrid" is in Spain before it is in Colombia. A
    # city named like a country is never that name's place: "in Armenia" is not in Colombia.
    city_senses: dict[str, Sense] = {}  # one sense per country, shared by its cities: a Sense is costly to make
    for place in sorted(gazetteer.cities(), key=lambda city: -city.population):
        for surface in gazetteer.city_spellings(place.name):
            key = fold(surface).lower().strip()  # folded once, for the test and the entry
            if not any(sense.kind in ("country", "group") for sense in entries.get(key, ())):
                city_sense = city_senses.get(place.country)
                if city_sense is None:
                    city_sense = city_senses[place.country] = Sense("city", "title", code=place.country)
                _add_at(entries, key, city_sense)



def _add_people(entries: dict[str, list[Sense]]) -> None:
    by_surface: dict[str, list[gazetteer.Person]] = {}
    for person in gazetteer.people():
        for surface in (person.name, *person.aliases):
            by_surface.setdefault(surface, []).append(person)
    for surface, rows in by_surface.items():
        _add(entries, surface, Sense("person", "title", data=tuple(rows)))


def _add_words(entries: dict[str, list[Sense]], directory: Path,
               bare_verbs: dict[str, tuple[TriggerSpec, ...]]) -> dict[str, frozenset[str]]:
    for row in _csv_rows(directory / "triggers.csv"):
        forms = _split(row["forms"]) or (
            verb_forms(row["phrase"]) if row["pos"] == "verb" else [row["phrase"]])
        spec = TriggerSpec(
            phrase=row["phrase"], pos=row["pos"], event_type=row["event_type"],
            event_mode=row["event_mode"], frame=row["frame"],
            object_class=row["object_class"].strip(), preps=tuple(_split(row["preps"])),
            needs_support=row["needs_support"].strip().lower() == "yes",
        )
        for form in forms:
            _add(entries, form, Sense("trigger", "any", data=spec))
        if _bare_left_out(row["phrase"], row["pos"], forms):
            bare_verbs[row["phrase"]] = (*bare_verbs.get(row["phrase"], ()), spec)
    for row in _csv_rows(directory / "supports.csv"):
        support = SupportSpec(phrase=row["phrase"], applies_to=tuple(_split(row["applies_to"])),
                              orientation=row["orientation"], mode=row["mode"].strip())
        for form in _split(row["forms"]) or verb_forms(row["phrase"]):
            _add(entries, form, Sense("support", "any", data=support))
    for row in _csv_rows(directory / "cues.csv"):
        _add(entries, row["phrase"], Sense("cue", row.get("case") or "any", role=row["cue"], data=row["scope"]))
    for row in _csv_rows(directory / "tones.csv"):
        _add(entries, row["phrase"], Sense("tone", "any", role=row["mode"].strip(),
                                           data=frozenset(_split(row["followed_by"]))))
    for row in _csv_rows(directory / "titles.csv"):
        plural = row["plural"].strip().lower() == "yes"
        case = "exact" if is_acronym(row["phrase"]) else "any"  # "FM", "EAM": never "fm"
        _add(entries, row["phrase"], Sense("title", case, code=(row.get("country") or "").strip(),
                                           role=row["role"], plural=plural))
    word_classes: dict[str, frozenset[str]] = {}
    for row in _csv_rows(directory / "word_classes.csv"):
        words = frozenset(fold(word).lower() for word in _split(row["words"]))
        word_classes[row["class"]] = words
    return word_classes


def _bare_left_out(phrase: str, pos: str, forms: list[str]) -> bool:
    """A one-word verb whose listed forms are its own inflections but not the bare word."""
    return (pos == "verb" and " " not in phrase and phrase not in forms
            and any(" " not in form and form.startswith(phrase[:-1]) for form in forms))


@lru_cache(maxsize=1)
def lexicon(directory: Path = LEXICON_DIR) -> Lexicon:
    """The compiled lexicon (built once per process, about a second)."""
    entries: dict[str, list[Sense]] = {}
    _add_places(entries)
    _add_people(entries)
    bare_verbs: dict[str, tuple[TriggerSpec, ...]] = {}
    word_classes = _add_words(entries, directory, bare_verbs)
    finder = ahocorasick_rs.AhoCorasick(list(entries), matchkind=ahocorasick_rs.MatchKind.Standard)
    city_objects = frozenset(k for k, senses in enumerate(entries.values())
                             if any(sense.kind == "trigger" and sense.data.object_class == "city" for sense in senses))
    return Lexicon(finder=finder, entries=[(tuple(senses), all(sense.case == "any" for sense in senses))
                                          for senses in entries.values()], word_classes=word_classes,
                   city_objects=city_objects, bare_verbs=bare_verbs)
