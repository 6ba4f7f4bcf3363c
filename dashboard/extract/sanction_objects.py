"""Whom a sanction hits when its object names no country directly: goods bound to or from a
country ("tariffs on imports from China"), a list of closed routes ("closed their borders,
airspace and ports to Qatar"), or a group whose country is told after a comma ("eleven
officials, including Iran's foreign minister", "the Wagner Group, a Russia-based firm")."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames
from dashboard.extract.lexicon import TriggerSpec
from dashboard.extract.words import (
    BOUNDARY_PUNCT,
    CLAUSE_WORDS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
)

# How far after the trigger the object with its description may run.
_REACH: Final = 14
# Goods and trade named by where they go or come from.
_TRADE_NOUNS: Final = frozenset({"imports", "exports", "shipments", "sales", "goods", "products", "purchases",
                                 "deliveries", "supplies", "trade", "investment", "investments", "flights",
                                 "seafood", "food", "oil", "gas", "coal", "steel", "wine", "beef", "grain", "fish"})
# Dealings named by whom they are with ("restrictions on dealings with companies linked to the
# Cuban military", "banned transactions involving Iran's central bank").
_DEALING_NOUNS: Final = frozenset({"dealings", "transactions", "transaction", "business", "contacts", "cooperation"})
# Words that may tie the dealt-with party to its country ("firms owned by the Venezuelan state").
_TIE_WORDS: Final = frozenset({"linked", "tied", "owned", "controlled", "connected", "run", "backed", "close",
                               "to", "by", "with", "the", "its", "state", "any", "all", "companies", "firms",
                               "entities", "banks", "people", "individuals", "officials", "people's", "agencies",
                               "them", "members", "member", "of", "two", "three", "four", "five", "six", "several"})
# Nouns that count or gather those hit ("sanctions on a list of EU officials", "on dozens of
# Iranian firms"): the party is told after their "of".
_GATHERING_NOUNS: Final = frozenset({"list", "number", "group", "handful", "dozens", "scores", "hundreds",
                                     "series", "batch", "raft", "range", "slew", "host"})
# What may open a description after a comma: a list of members or an apposition.
_DESCRIPTION_OPENERS: Final = frozenset({"including", "among", "a", "an"})


def described_target(sf: SentenceFrames, index: int, spec: TriggerSpec) -> list[int]:
    """The country a sanction's object points at beyond its first noun phrase, or []."""
    units = sf.units
    wanted = {p for p in spec.preps if p != "="}
    plain = True  # only lowercase words, commas and "and" since the trigger
    end = min(len(units) - 1, index + 1 + _REACH)
    for k in range(index + 1, end):
        unit = units[k]
        if unit.text in BOUNDARY_PUNCT or unit.text in ".!?" or unit.low in RELATIVE_PRONOUNS \
                or unit.low in CLAUSE_WORDS or (k > index + 1 and sf.verb_at(k)):
            break
        if unit.actor is not None:
            break  # a named party the object rules already weighed
        if unit.low in _TRADE_NOUNS and units[k + 1].low in ("from", "to"):
            return _first_country(sf, k + 2, 3)
        if unit.low in _GATHERING_NOUNS and units[k + 1].low == "of":
            return _first_country(sf, k + 2, 3)
        if unit.low in _DEALING_NOUNS and units[k + 1].low in ("with", "involving"):
            return _tied_country(sf, k + 2)
        if unit.text == "," and units[k + 1].low in _DESCRIPTION_OPENERS:
            found = _first_country(sf, k + 2, 4) or _tied_country(sf, k + 2)
            if found:  # "..., among them five members of the European Parliament"
                return found
        if plain and unit.low in wanted and k > index + 1:
            return _first_country(sf, k + 1, 2)  # "closed their borders, airspace and ports to Qatar"
        if not (unit.text == "," or (unit.low.isalpha() and unit.low == unit.text)) or unit.low in PREPOSITIONS:
            plain = False
    return []


def _first_country(sf: SentenceFrames, start: int, reach: int) -> list[int]:
    """The actor or demonym ("an Iranian minister") within ``reach`` units of ``start``."""
    units = sf.units
    for k in range(start, min(len(units) - 1, start + reach)):
        unit = units[k]
        if unit.actor is not None or (unit.sense("demonym") is not None and units[k + 1].low.isalpha()):
            return sf.coordinated_right(k)
        if unit.text in BOUNDARY_PUNCT or unit.text in ",.;" or unit.low in PREPOSITIONS:
            break
    return []


def _tied_country(sf: SentenceFrames, start: int) -> list[int]:
    """The country of whom dealings are with, past the words tying a party to it
    ("with companies linked to the Cuban military")."""
    units = sf.units
    for k in range(start, min(len(units) - 1, start + 8)):
        unit = units[k]
        if unit.actor is not None or (unit.sense("demonym") is not None and units[k + 1].low.isalpha()):
            return sf.coordinated_right(k)
        if unit.low not in _TIE_WORDS:
            break
    return []


# Verbs whose object is a measure already in force, told only as what was broken.
_BREACH_VERBS: Final = frozenset({"violating", "violated", "violate", "violates", "breaching", "breached", "breach",
                                  "breaches", "evading", "evaded", "evade", "evades", "circumventing",
                                  "circumvented", "circumvent", "flouting", "flouted", "flout", "busting"})


def broken_measure(sf: SentenceFrames, index: int) -> bool:
    """"for violating the United Nations arms embargo on Libya": a measure named as what someone
    broke is background to the sentence, not imposed in it. Only a measure told with whom it
    hits: a bare one ("helped Moscow evade sanctions") still points later sentences at its target."""
    if not any(sf.units[k].low in ("on", "against") for k in range(index + 1, min(len(sf.units), index + 3))):
        return False
    for k in range(index - 1, max(-1, index - 6), -1):
        unit = sf.units[k]
        if unit.low in _BREACH_VERBS:
            return True
        if unit.text in ",;:." or sf.verb_at(k):
            return False
    return False


def adopted_measure_target(sf: SentenceFrames, index: int, spec: TriggerSpec, actors: list[int]) -> list[int]:
    """Whom a measure taken over from another hits: "adopted the sanctions imposed by the EU on
    Russia" aims the adopter's measure where the first author's was aimed."""
    units = sf.units
    if index + 1 >= len(units) or units[index + 1].sense("support") is None:
        return []
    by = sf.by_phrase(index + 1, ("by",))
    if not by:
        return []
    return [k for k in sf.object_actors(by[-1], spec.preps)[0] if k not in actors and k not in by]


def barred_destination(sf: SentenceFrames, index: int) -> list[int]:
    """"banned Russian airlines from flying to Georgia", "barred its officials from travelling to
    Fiji": the country a ban keeps people from going to, told after "from ...ing to"; else []."""
    units = sf.units
    for k in range(index + 1, min(len(units) - 3, index + 1 + _REACH)):
        unit = units[k]
        if unit.text in BOUNDARY_PUNCT or unit.text in ",;:.!?" or unit.low in RELATIVE_PRONOUNS:
            return []
        if unit.low == "from":
            if units[k + 1].low.endswith("ing") and units[k + 2].low in ("to", "into"):
                place = k + 3 + (units[k + 3].low == "the")
                # a country name that is also a place elsewhere ("Georgia") has no actor yet
                return [place] if units[place].actor is not None or units[place].sense("country") else []
            return []
    return []


_BAN_VERBS: Final = frozenset({"banned", "bans", "banning", "ban", "barred", "bars", "barring", "bar",
                               "prohibited", "prohibits", "prohibiting", "forbade", "forbids", "forbidding"})


def barred_trip(sf: SentenceFrames, index: int) -> bool:
    """"banned Turkish airlines from flying to Armenia": a trip a ban forbids is not made."""
    units = sf.units
    if index < 2 or units[index - 1].low != "from" or not units[index].low.endswith("ing"):
        return False
    for k in range(index - 2, max(-1, index - 2 - _REACH), -1):
        if units[k].low in _BAN_VERBS:
            return True
        if units[k].text in BOUNDARY_PUNCT or units[k].text in ",;:.":
            return False
    return False
