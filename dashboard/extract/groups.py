"""Groups of three or more countries named together, and the phrases that point back at them.

"Mali, Burkina Faso and Niger left the bloc ... the three juntas signed a charter": a list of
three or more countries is remembered, and a later "the three governments" or "all three
countries" stands for each of them, as "the two leaders" stands for the sides of a pair.
Likewise "They" or "The leaders" opening a sentence right after talks stands for every side.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from dashboard import gazetteer
from dashboard.extract.actor_makers import describe, leader_role, state_actor
from dashboard.extract.group_adjectives import after_place_words
from dashboard.extract.late_they import opening_they
from dashboard.extract.lower_case import lower_case
from dashboard.extract.model import ExtractedEvent
from dashboard.extract.recognize import PAIR_NOUNS_PEOPLE, PAIR_NOUNS_STATES
from dashboard.extract.units import Actor, Unit, listed_units

GROUP_SIZES: Final = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# "those governments", "these countries": the latest list, whatever its size.
_DEMONSTRATIVES: Final = frozenset({"those", "these"})
GROUP_NOUNS_STATES: Final = PAIR_NOUNS_STATES | {"juntas", "regimes", "members", "signatories", "states"}
_LIST_KINDS: Final = frozenset({"state", "person", "institution", "description"})
_GROUP_NUMBER: Final = re.compile(r"\b(?:three|four|five|six|seven|eight|nine|ten|those|these)\b", re.IGNORECASE)
_GROUP_NUMBER_LOWER: Final = re.compile(_GROUP_NUMBER.pattern)  # for ASCII lower-cased: the same matches, faster
_JOINERS: Final = frozenset({",", "and", "the"})


def listed_countries(units: list[Unit]) -> tuple[str, ...] | None:
    """The countries of the last list of three or more in the sentence ("A, B and C")."""
    found: tuple[str, ...] | None = None
    run: list[str] = []
    expect_actor = True
    for unit in units:
        actor = unit.actor
        if actor is None:
            if unit.low == "of" and run and not expect_actor:
                continue  # "President Rahmon of Tajikistan, President Japarov of ..."
            if unit.low in _JOINERS and (not expect_actor or unit.low != ","):
                expect_actor = True  # "A, B and C", ", and the C"
                continue
            if run:
                found = _as_group(run) or found if len(run) >= 3 else found
                run, expect_actor = [], True
            continue
        if unit.possessive or actor.kind not in _LIST_KINDS:
            found = _as_group(run) or found if len(run) >= 3 else found
            run, expect_actor = [], True
        elif expect_actor:
            run.append(actor.country)
            expect_actor = False
        elif run and actor.country == run[-1]:
            continue  # the same member told again: "President Rahmon of Tajikistan"
        else:
            found = _as_group(run) or found if len(run) >= 3 else found
            run = [actor.country]
    return (_as_group(run) if len(run) >= 3 else None) or found


def _as_group(codes: list[str]) -> tuple[str, ...] | None:
    distinct = tuple(dict.fromkeys(code for code in codes if code))
    return distinct if len(distinct) >= 3 else None


def may_list(sentence: str) -> bool:
    """A cheap test on the text: a list of three needs a comma and an "and"."""
    return "," in sentence and " and " in sentence


def with_groups(units: list[Unit], sentence: str, group: tuple[str, ...] | None,
                published: date | None) -> list[Unit]:
    """The sentence with each phrase that points back at the group spelled out as its list."""
    if group is None:
        return units
    qualified = qualified_group(units, group, published)
    if qualified is not None:
        return qualified
    if (_GROUP_NUMBER_LOWER.search(lower_case(sentence)) if sentence.isascii() else _GROUP_NUMBER.search(sentence)) is None:
        return units
    out: list[Unit] = []
    i = 0
    while i < len(units):
        found = group_at(units, i, group, published) if units[i].low in ("the", "all") or units[i].low in _DEMONSTRATIVES else None
        if found is None:
            out.append(units[i])
            i += 1
            continue
        out.extend(found[0])
        i += found[1]
    return out


def qualified_group(units: list[Unit], group: tuple[str, ...], published: date | None) -> list[Unit] | None:
    """"The Central Asian leaders thanked China" opening a sentence: a group noun qualified by
    words of place and no number stands for every member of the latest list of three or more."""
    if len(units) < 4 or units[0].low != "the":
        return None
    k = after_place_words(units, 1)
    if k == 1 or k >= len(units):
        return None
    members = _members(units[k].low, group, published)
    if members is None:
        return None
    return listed_units(units[:k + 1], members) + units[k + 1:]


def group_at(units: list[Unit], i: int, group: tuple[str, ...],
             published: date | None) -> tuple[list[Unit], int] | None:
    """"the three governments", "all four countries": one unit per member of the remembered
    group, joined by commas and "and" so the phrase reads as a list; and how many units it took."""
    k = i + 1
    if k < len(units) and units[i].low == "all" and units[k].low == "the":
        k += 1
    if units[i].low in _DEMONSTRATIVES:  # "those governments", "these three countries"
        k = i + (k < len(units) and GROUP_SIZES.get(units[k].low) == len(group))
        if k + 1 >= len(units) or units[k + 1].low not in GROUP_NOUNS_STATES:
            return None
    elif k >= len(units) or GROUP_SIZES.get(units[k].low) != len(group):
        return None
    k += 1
    k = after_place_words(units, k)  # "the five Central Asian leaders"
    if k + 1 < len(units) and units[k].low.isalpha() and units[k].low not in GROUP_NOUNS_STATES \
            and units[k].low not in PAIR_NOUNS_PEOPLE and not units[k].triggers():
        k += 1  # "the three military governments"
    if k >= len(units):
        return None
    members = _members(units[k].low, group, published)
    if members is None:
        return None
    return listed_units(units[i:k + 1], members), k + 1 - i


def _members(noun: str, group: tuple[str, ...], published: date | None) -> list[Actor] | None:
    """The group's members as the noun names them: leaders ("the three leaders") or states."""
    if noun in PAIR_NOUNS_PEOPLE:
        return [describe(code, "leader", published, False, "leader") for code in group]
    if noun in GROUP_NOUNS_STATES:
        return [state_actor(code) for code in group]
    return None


def gathering_of(events: list[ExtractedEvent]) -> tuple[str, ...] | None:
    """The countries at the table in a sentence's talks or pacts (two or more), if any; with
    none, the visitor and host of the sentence's one visit."""
    sides: list[str | None] = []
    for event in events:
        # a host who mediates is not at the table, nor one who agreed with nobody named
        if event.target_country and ((event.event_type == "meeting" and event.event_mode not in ("call", "mediation"))
                                     or (event.event_type == "agreement" and event.event_mode in ("sign", "agree"))):
            sides += [event.actor_country, event.target_country]
    distinct = tuple(dict.fromkeys(code for code in sides if code))
    if not distinct:  # "X arrived in Canberra for a state visit. They signed ...": the one visit's two sides
        visits = {(e.actor_country or "", e.target_country or "") for e in events if e.event_type == "visit"
                  and e.modality == "asserted" and e.actor_country and e.target_country}
        return visits.pop() if len(visits) == 1 else None
    return distinct if len(distinct) >= 2 else None


def with_gathering(units: list[Unit], gathering: tuple[str, ...] | None, published: date | None,
                   talks: list[ExtractedEvent]) -> tuple[list[Unit], bool]:
    """"They agreed ...", "The leaders adopted ..." opening a sentence after talks: the subject
    is every side of those talks, spelled out as a list (and whether it was)."""
    if gathering is None or len(units) < 3:
        return units, False
    at = opening_they(units)
    if at > 0:  # "In January they agreed", "The deal they signed"
        members = [_at_the_table(code, talks, published) for code in gathering]
        return units[:at] + listed_units(units[at:at + 1], members) + units[at + 1:], True
    if at == 0:
        width = 1
    elif units[0].low == "the" and units[1].low in PAIR_NOUNS_PEOPLE and units[1].actor is None:
        width = 2
    elif _bare_signers(units):  # "Ministers then signed documents on trade": for their countries
        return listed_units(units[:1], [state_actor(code) for code in gathering]) + units[1:], True
    else:
        return units, False
    members = [_at_the_table(code, talks, published) for code in gathering]
    return listed_units(units[:width], members) + units[width:], True


# A bare plural opening a sentence that may sign for the sides at the table, and the words
# between it and the signing ("Officials later signed ...").
_BARE_SIGNERS: Final = frozenset({"ministers", "officials"})
_SIGNING_VERBS: Final = frozenset({"signed", "inked", "exchanged"})
_BETWEEN_SIGNING: Final = frozenset({"then", "also", "later", "subsequently", "have", "had"})


def _bare_signers(units: list[Unit]) -> bool:
    """Whether the sentence opens with "Ministers" or "Officials", naming no one, who signed."""
    if units[0].low not in _BARE_SIGNERS or units[0].actor is not None:
        return False
    k = 1
    while k < len(units) - 1 and units[k].low in _BETWEEN_SIGNING:
        k += 1
    return units[k].low in _SIGNING_VERBS


def _at_the_table(code: str, talks: list[ExtractedEvent], published: date | None) -> Actor:
    """Who sat for a country at the talks: the person the talks named for it ("Kim Jong Un met
    Donald Trump. They first met in 2018": Trump, whoever holds the office when the article is
    published), else its leader of the day."""
    for event in talks:
        for name, country in ((event.actor, event.actor_country), (event.target, event.target_country)):
            if country == code and name and name != gazetteer.country_name(code) and "'s " not in name:
                return Actor(name=name, country=code, role=leader_role(code), kind="person")
    return describe(code, "leader", published, False, "leader")


def with_speakers(units: list[Unit], speakers: tuple[str, ...] | None) -> list[Unit]:
    """"Chile and Peru recalled their envoys. They accused Caracas of ...": "They" (or "It" for
    one country) opening a sentence with a verb of speech stands for the countries that acted
    in the sentence right before."""
    if not speakers or len(units) < 3 or units[0].actor is not None:
        return units
    if not (units[0].low == "they" or (units[0].low == "it" and len(speakers) == 1)):
        return units
    verb = units[2] if units[1].low == "also" else units[1]
    if not any(spec.pos == "verb" and spec.event_type == "statement" for spec in verb.triggers()):
        return units
    return listed_units(units[:1], [state_actor(code) for code in speakers]) + units[1:]
