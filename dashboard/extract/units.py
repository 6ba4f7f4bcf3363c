"""From text to units: dictionary matches over the whole article, and each sentence's words.

A sentence becomes a list of ``Unit``: plain words and punctuation, and trigger, cue and name
matches of the one-pass dictionary. ``recognize`` then joins actor phrases into single units.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from typing import Final

from dashboard import gazetteer
from dashboard.extract.bare_councils import BARE_COUNCIL, owned_council
from dashboard.extract.chars import alnum_at, alpha_at, code_at
from dashboard.extract.lexicon import Lexicon, Sense, TriggerSpec
from dashboard.extract.lower_case import lower_case
from dashboard.extract.text import TOKEN_PATTERN
from dashboard.extract.words import TIME_WORDS

_WORD_AT: Final = re.compile(r"[a-z]+")
_HYPHEN: Final = ord("-")
_COUNCIL_SIZE: Final = len(BARE_COUNCIL)


@dataclass(frozen=True, init=False)
class Actor:
    """Who acts or is acted on, resolved to a country or group code."""

    name: str          # display name: "Vladimir Putin", "Russia", "North Korean state media"
    country: str       # ISO3 or group code
    role: str          # head_of_state, government, state_media, ...
    kind: str          # person | state | institution | group | description
    explicit: bool = True   # named here, not reached through a pronoun or a surname
    plural: bool = False

    # An explicit __init__ (init=False): compiled, a dataclass's generated one runs as Python.
    def __init__(self, name: str, country: str, role: str, kind: str, explicit: bool = True,
                 plural: bool = False) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "country", country)
        object.__setattr__(self, "role", role)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "explicit", explicit)
        object.__setattr__(self, "plural", plural)

    def __reduce__(self) -> tuple[type[Actor], tuple[str, str, str, str, bool, bool]]:
        # Pickled by its fields: a compiled class with its own __init__ has no other way back.
        return Actor, (self.name, self.country, self.role, self.kind, self.explicit, self.plural)


def implicit(actor: Actor) -> Actor:
    """The same actor as reached through a pronoun or a phrase ("the two leaders"), not named:
    replace(actor, explicit=False), without the generic field-by-field copy, which costs
    several times more and runs for most sentences."""
    return Actor(actor.name, actor.country, actor.role, actor.kind, explicit=False, plural=actor.plural)


def listed_units(phrase: list[Unit], members: list[Actor]) -> list[Unit]:
    """A phrase that stands for several sides ("the two leaders", "They") as a list of them,
    "A", ",", "B", "and", "C", each spanning the whole phrase, so it reads as those sides named."""
    start, end = phrase[0].start, phrase[-1].end
    text = " ".join(unit.text for unit in phrase)
    out: list[Unit] = []
    for n, member in enumerate(members):
        if n:
            out.append(Unit(end, end, "and" if n == len(members) - 1 else ","))
        out.append(Unit(start, end, text, actor=implicit(member)))
    return out


# Sense kinds that can make a unit part of an actor phrase or a place.
ACTOR_SENSE_KINDS: Final = frozenset("country demonym capital group institution person title city venue".split())


class Unit:
    """A word, a punctuation mark, a dictionary match, or a whole actor phrase.

    A plain class with slots rather than a dataclass: an article makes about a thousand of
    these, and the extractor reads their attributes more than anything else.
    """

    __slots__ = (
        "actor",
        "actorish",
        "end",
        "low",
        "place",
        "place_country",
        "possessive",
        "senses",
        "specs",
        "start",
        "text",
    )

    def __init__(self, start: int, end: int, text: str, senses: tuple[Sense, ...] = (),
                 actor: Actor | None = None, possessive: bool = False,
                 place: gazetteer.Place | None = None, place_country: str = "", low: str | None = None) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.senses = senses
        self.actor = actor
        self.possessive = possessive
        self.place = place                    # a city or venue this unit names
        self.place_country = place_country    # the country a place-like unit is in
        self.low = text.lower() if low is None else low  # ``low``: the caller's slice of a lowered text
        if not senses:  # a plain word or mark, most units
            self.specs: tuple[TriggerSpec, ...] = ()
            self.actorish = False
            return
        # The trigger senses, and whether any sense can start an actor phrase or name a place.
        specs: tuple[TriggerSpec, ...] = ()
        actorish = False
        for sense in senses:  # a plain loop: generator expressions cost more on these short tuples
            if sense.kind == "trigger":
                specs += (sense.data,)
            elif sense.kind in ACTOR_SENSE_KINDS:
                actorish = True
        self.specs = specs
        self.actorish = actorish

    def __repr__(self) -> str:
        return f"Unit({self.start}, {self.end}, {self.text!r}, actor={self.actor!r})"

    def sense(self, kind: str) -> Sense | None:
        for sense in self.senses:
            if sense.kind == kind:
                return sense
        return None

    def all_senses(self, kind: str) -> tuple[Sense, ...]:
        if not self.senses:  # most units: no list built for nothing
            return ()
        return tuple(sense for sense in self.senses if sense.kind == kind)

    def triggers(self) -> tuple[TriggerSpec, ...]:
        return self.specs

    @property
    def is_placeish(self) -> bool:
        return bool(self.place_country)


class Match:
    """A dictionary entry found at start:end of the article, with the senses its case allows."""

    __slots__ = ("end", "senses", "start")

    def __init__(self, start: int, end: int, senses: tuple[Sense, ...]) -> None:
        self.start = start
        self.end = end
        self.senses = senses

    def __repr__(self) -> str:
        return f"Match({self.start}, {self.end}, {self.senses!r})"


def _case_ok(sense: Sense, original: str) -> bool:
    if sense.case == "any":
        return True
    if sense.case == "lower":
        return original.islower()
    if sense.case == "exact":
        letters = "".join(c for c in original if c.isalpha())
        return letters.isupper()
    if original[:1].isupper() or original[:1].isdigit():
        return True
    article, _, name = original.partition("-")  # "el-Sisi", "al-Assad": a name after its article
    return len(article) <= 3 and article.islower() and name[:1].isupper()


def find_matches(lexicon: Lexicon, folded: str) -> list[Match]:
    """Longest-leftmost dictionary matches over the whole (folded) article text."""
    lower = folded.lower()
    found: list[Match] = []
    size = len(lower)
    entries = lexicon.entries
    city_objects = lexicon.city_objects
    departures: list[Match] = []
    hyphened: list[tuple[int, int, tuple[Sense, ...]]] = []  # countries joined by a hyphen: "Russia-Ukraine"
    # typed, so that the compiled loop unpacks and indexes natively (half of all hits are
    # inside a word, and dropped at once)
    hits: list[tuple[int, int, int]] = lexicon.finder.find_matches_as_indexes(lower, overlapping=True)
    # characters tested by code point, read from the text's ASCII bytes when it has them (most)
    data = lower.encode("ascii") if lower.isascii() else b""
    for index, start, end in hits:
        if start > 0 and (alnum_at(lower, start - 1, data) or code_at(lower, start - 1, data) == _HYPHEN and start > 1
                          and alnum_at(lower, start - 2, data)
                          and not lower.startswith(_HYPHEN_MEDIATION, start)):  # "Qatari-mediated" mediates
            if code_at(lower, start - 1, data) == _HYPHEN:
                hyphened.append((start, end, entries[index][0]))
            continue
        if end < size and (alnum_at(lower, end, data) or (code_at(lower, end, data) == _HYPHEN and end + 1 < size
                                                           and alpha_at(lower, end + 1, data)
                                                           and not _names_an_agent(lexicon, lower, end + 1))):
            if code_at(lower, end, data) == _HYPHEN:
                hyphened.append((start, end, entries[index][0]))
            continue
        senses, case_free = entries[index]
        if case_free:
            found.append(Match(start, end, senses))
            if index in city_objects:
                departures.append(found[-1])
            continue
        original = folded[start:end]
        kept = tuple(sense for sense in senses if _case_ok(sense, original))
        if kept and end - start == _COUNCIL_SIZE and lower.startswith(BARE_COUNCIL, start) and owned_council(lower, start):
            continue  # "Russia's Security Council": not the U.N.'s
        if kept:
            found.append(Match(start, end, kept))
    if hyphened:
        found += country_pairs(hyphened, folded, lower)
    found.sort(key=lambda m: m.start * 1_000_000 - (m.end - m.start))  # by start, the longest first
    chosen: list[Match] = []
    last_end = -1
    for match in found:
        if match.start >= last_end:
            chosen.append(match)
            last_end = match.end
    return _without_cityless(chosen, departures, lower) if departures else chosen


def country_pairs(hyphened: list[tuple[int, int, tuple[Sense, ...]]], folded: str, lower: str) -> list[Match]:
    """"the U.S.-Georgia partnership", "the Russia-Ukraine grain deal": two country names joined
    by a hyphen are both countries (each is dropped alone, as "Russia" in "Russia-based" is).
    ``lower`` is ``folded`` lower-cased (once, by the caller)."""
    countries = {(start, end): tuple(sense for sense in senses
                                     if sense.kind == "country" and _case_ok(sense, folded[start:end]))
                 for start, end, senses in hyphened}
    ends = {end: key for key, kept in countries.items() if kept for end in (key[1],)}
    pairs: list[Match] = []
    for (start, end), kept in countries.items():
        left = ends.get(start - 1)
        if not kept or left is None or left[0] > 0 and lower[left[0] - 1].isalnum():
            continue
        if end < len(lower) and (lower[end].isalnum() or lower[end] == "-"):
            continue
        pairs += [Match(left[0], left[1], countries[left]), Match(start, end, kept)]
    return pairs


def _without_cityless(chosen: list[Match], departures: list[Match], lower: str) -> list[Match]:
    """"Left Niamey" is a departure from a visit, "would leave Ecuador" or "left the deal" no
    trigger at all: a verb that needs a city keeps its trigger sense only before one."""
    starts = {departure.start for departure in departures}
    for k, match in enumerate(chosen):
        if match.start not in starts or not any(match is departure for departure in departures):
            continue
        after = chosen[k + 1] if k + 1 < len(chosen) else None
        gap = lower[match.end:after.start] if after is not None else ""
        if after is not None and gap in (" ", " the ") and _AFTER_CITY.match(lower, after.end) and any(
                sense.kind in ("city", "capital") for sense in after.senses):
            continue
        chosen[k] = Match(match.start, match.end, tuple(
            sense for sense in match.senses if sense.kind != "trigger" or sense.data.object_class != "city"))
    return chosen


def _names_an_agent(lexicon: Lexicon, lower: str, start: int) -> bool:
    """"U.S.-drafted", "Saudi-led": the name before the hyphen is who drafted or led."""
    word = _WORD_AT.match(lower, start)
    return word is not None and word.group() in lexicon.word_classes.get("agent_suffix", ())


# "Qatari-brokered", "EU-mediated": the word after the hyphen is a trigger of its own.
_HYPHEN_MEDIATION: Final = ("brokered", "mediated")
# What may follow the city left: not a noun it modifies ("left the Minsk agreements").
_AFTER_CITY: Final = re.compile(r"\s*(?:[.,;:)]|$|(?:on|after|following|for|in|at|early|late|later|yesterday|today"
                                r"|tonight|this|last|without|with|and|having|to|where|when|amid|as)\b)")
_NO_MATCH: Final = Match(sys.maxsize, sys.maxsize, ())
_HONORIFICS: Final = frozenset({"mr", "mrs", "ms", "dr", "messrs"})


def raw_units(folded: str, start: int, end: int, matches: list[Match]) -> list[Unit]:
    """Units of one sentence: matched spans as one unit each, other tokens as their own."""
    inside = []
    for k in range(_first_at(matches, start), len(matches)):  # no copy of the article's later matches
        match = matches[k]
        if match.start >= end:
            break
        if match.end <= end:
            inside.append(match)
    units: list[Unit] = []
    index = 0
    # The match the next tokens may fall in; past the last, one that starts and ends nowhere.
    current = inside[0] if inside else _NO_MATCH
    emitted = -1  # the start of the latest match made a unit
    sentence = folded[start:end]
    # ASCII: each unit's lower case is a slice of the sentence's, cheaper than lower() per unit
    lowered = lower_case(sentence) if sentence.isascii() else None
    position = 0
    # Tokens never cross white space, so each white-space-separated chunk is tokenised alone.
    # Most chunks are one plain word, or a word and one punctuation mark ("Kyiv,"); only the
    # rest go through the pattern. This gives the tokens of finditer(folded, start, end) at a
    # fraction of its cost, which was the extractor's largest.
    for chunk in sentence.split():
        chunk_start = sentence.find(chunk, position)
        size = len(chunk)
        position = chunk_start + size
        if size == 1 or chunk.isalpha() or chunk.isdecimal():
            # One token, most chunks: the loop below for a single piece, without its list.
            token_start = start + chunk_start
            while current.end <= token_start:
                index += 1
                current = inside[index] if index < len(inside) else _NO_MATCH
            if current.start > token_start:
                units.append(Unit(token_start, token_start + size, chunk,
                                  low=lowered[chunk_start:position] if lowered is not None else None))
            elif emitted != current.start:
                emitted = current.start
                units.append(_match_unit(current, folded, start, lowered))
            continue
        pieces: list[str]
        if chunk[:-1].isalpha() and not chunk[-1].isalnum() and chunk[-1] != "_":
            # "Mr. Lavrov" reads as "Mr Lavrov": the honorific's full stop is no break in the sentence
            pieces = [chunk[:-1]] if chunk[-1] == "." and chunk[:-1].lower() in _HONORIFICS else [chunk[:-1], chunk[-1]]
        else:
            pieces = TOKEN_PATTERN.findall(chunk)
            if "-brokered" in chunk or "-mediated" in chunk:
                pieces = _broker_split(pieces)
            elif "-" in chunk and any(start + chunk_start < m.start < start + position for m in inside):
                pieces = _split_at_names(pieces, start + chunk_start, inside)
        token_end = start + chunk_start
        for piece in pieces:
            token_start = token_end
            token_end = token_start + len(piece)
            while current.end <= token_start:
                index += 1
                current = inside[index] if index < len(inside) else _NO_MATCH
            if current.start <= token_start:
                if emitted == current.start:
                    continue  # a later token of the same match
                emitted = current.start
                units.append(_match_unit(current, folded, start, lowered))
                continue
            units.append(Unit(token_start, token_end, piece,
                              low=lowered[token_start - start:token_end - start] if lowered is not None else None))
    return units


def _match_unit(match: Match, folded: str, start: int, lowered: str | None) -> Unit:
    """The unit of a dictionary match in the sentence that starts at ``start``."""
    low = lowered[match.start - start:match.end - start] if lowered is not None else None
    return Unit(match.start, match.end, folded[match.start:match.end], match.senses, low=low)


def _first_at(matches: list[Match], start: int) -> int:
    """The index of the first match starting at or after ``start`` (``bisect_left`` by start,
    without a key function called through Python at every step)."""
    low, high = 0, len(matches)
    while low < high:
        middle = (low + high) // 2
        if matches[middle].start < start:
            low = middle + 1
        else:
            high = middle
    return low


def _broker_split(pieces: list[str]) -> list[str]:
    """"EU-brokered" as "EU", "-", "brokered", as "U.S.-brokered" already is."""
    split: list[str] = []
    for piece in pieces:
        head, hyphen, tail = piece.rpartition("-")
        if hyphen and head and tail.lower() in _HYPHEN_MEDIATION:
            split += [head, hyphen, tail]
        else:
            split.append(piece)
    return split


def _split_at_names(pieces: list[str], offset: int, inside: list[Match]) -> list[str]:
    """"Russia-Ukraine" as "Russia", "-", "Ukraine" when a name starts after the hyphen."""
    starts = {m.start for m in inside}
    split: list[str] = []
    for piece in pieces:
        cut = 0
        for k, char in enumerate(piece):
            if char == "-" and offset + k + 1 in starts:
                split += [piece[cut:k], "-"]
                cut = k + 1
        split.append(piece[cut:])
        offset += len(piece)
    return [piece for piece in split if piece]


def names_scene(units: list[Unit]) -> bool:
    """Whether the words after "in", "at" or "on" name only a place or a time ("Jeddah", "Friday")."""
    return all(u.is_placeish or u.low in TIME_WORDS or u.low in ("the", "late", "early") or u.low.isdigit()
               for u in units)


# "the Gulf Cooperation Council states": the group's members, still the group as an actor.
_MEMBER_NOUNS: Final = frozenset({"states", "countries", "members", "nations", "governments"})


def coordinator_width(units: list[Unit], j: int) -> int:
    """How many units the coordinator at ``j`` spans: "and", ",", ", and", "(, )as well as", and a
    group's "states" before one ("the Gulf states as well as Egypt"); 0 when none is there."""
    width = 0
    if units[j].low in _MEMBER_NOUNS and j > 0:
        actor = units[j - 1].actor
        entry = gazetteer.country(actor.country) if actor is not None and actor.country else None
        width = 1 if entry is not None and entry.is_group else 0
    k = j + width
    if k >= len(units):
        return 0
    if units[k].text == "," and k + 1 < len(units) and coordinator_width(units, k + 1) == 3:
        return width + 4  # "Pakistan, as well as Russia and China,"
    if units[k].text == "-" and 0 < k < len(units) - 1 and units[k - 1].end == units[k].start == units[k + 1].start - 1:
        return width + 1  # "the Russia-Ukraine grain deal": the two sides of it
    if units[k].low in ("and", ",", "&"):
        return width + (2 if units[k].text == "," and k + 1 < len(units) and units[k + 1].low == "and" else 1)
    if units[k].low == "as" and k + 2 < len(units) and units[k + 1].low == "well" and units[k + 2].low == "as":
        return width + 3
    return 0


def strong_codes(matches: list[Match]) -> set[str]:
    """Codes an article shows without ambiguity (demonyms, capitals, people, unambiguous names)."""
    codes: set[str] = set()
    for match in matches:
        for sense in match.senses:
            if sense.kind in ("demonym", "capital", "institution", "group"):
                codes.add(sense.code)
            elif sense.kind == "country" and not sense.data:
                codes.add(sense.code)
            elif sense.kind == "person":
                codes.update(row.country for row in sense.data)
    return codes
