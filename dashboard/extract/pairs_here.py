"""Which two sides "the two sides", "the two leaders" or "the two" stand for when the sentence
itself told them before: "Jaishankar visited Male, where the two sides signed ...", "Wong
said she had raised it with Wang Yi when the two met"; and whom "they" stands for in "when
they met", "since they met"."""

from __future__ import annotations

from typing import Final

from dashboard.extract.actor_makers import state_actor
from dashboard.extract.units import Actor, Unit
from dashboard.extract.words import (
    PLACE_PREPS,
    PREPOSITIONS,
    TIME_CLAUSE_WORDS,
    TIME_WORDS,
)

# Events whose two countries "the two sides" later in the same sentence stands for.
_HERE_PAIR_TYPES: Final = frozenset({"visit", "meeting", "relations"})
# Words that may stand between "they" and the verb of meeting: "since they last met".
_BEFORE_MET: Final = frozenset({"had", "have", "first", "last", "again", "also", "then", "briefly"})
# Words that may follow "the two" standing alone: "the two also met", "the two had spoken".
_AFTER_THE_TWO: Final = frozenset({"also", "then", "later", "had", "have", "will", "would", "could", "did", "were",
                                   "are", "jointly", "together"})
# One of the pair each, so the pair: "with either country", "each leader", "both of them".
ONE_OF_PAIR: Final = {"country": "countries", "side": "sides", "government": "governments", "nation": "nations",
                      "leader": "leaders", "them": "sides"}


def of_them(units: list[Unit], i: int) -> bool:
    """Whether "both" or "each" at ``i`` is followed by "of them" (the pair's sides)."""
    return units[i].low in ("both", "each") and i + 2 < len(units) and units[i + 1].low == "of" \
        and units[i + 2].low == "them"


def _tells_pair(unit: Unit) -> bool:
    """Whether ``unit`` tells a visit, talks or ties; not a word that is a saying as well ("called
    on": an appeal, or a courtesy call on a person), which cannot set whom "both sides" means."""
    specs = unit.triggers()
    return any(spec.event_type in _HERE_PAIR_TYPES for spec in specs) \
        and not any(spec.event_type == "statement" for spec in specs)


def lone_two(units: list[Unit], i: int, k: int) -> bool:
    """Whether "the two" at ``i`` stands alone for a pair, the word at ``k`` right after it being
    its verb ("the two held talks", "the two also met") or, after "between", no noun of its own
    ("mediated between the two since 2011", "talks between the two, which ...")."""
    after = units[k]
    if after.low in _AFTER_THE_TWO or any(spec.pos == "verb" for spec in after.triggers()):
        return True
    return i > 0 and units[i - 1].low == "between" and (after.low in PREPOSITIONS or after.low in TIME_CLAUSE_WORDS
                                                         or after.text in (",", ".", ";"))


def pair_told_here(done: list[Unit], last: tuple[Actor, Actor] | None, people: bool = False) -> tuple[Actor, Actor] | None:
    """The two countries of a visit or talks told earlier in the sentence (``done``, its units
    so far), which come before the article's latest pair ``last``. For two people ("the two
    men", "the two"), the two persons of different countries any act of the sentence named
    before ("raised it with Wang Yi") will do as well."""
    told = any(_tells_pair(unit) for unit in done)
    if not told and not (people and any(unit.triggers() for unit in done)):
        return None
    sides: dict[str, Actor] = {}
    first_told: dict[str, int] = {}  # where each side was first named
    others: set[str] = set()  # countries named besides the two people
    last_named: dict[str, int] = {}  # where each country was last named, not by a pronoun
    for k in range(len(done) - 1, -1, -1):  # the side told last is the visit's or talks' second
        unit = done[k]
        actor = unit.actor
        if actor is not None and actor.country in sides:
            first_told[actor.country] = k
        if actor is not None and actor.explicit:
            last_named.setdefault(actor.country, k)
        if actor is None or not actor.country or actor.country in sides:
            continue
        if unit.is_placeish and k > 0 and done[k - 1].low in PLACE_PREPS and not _arrived_at(done, k):
            continue  # "the 2015 gathering in Panama City": where, not a side
        if len(sides) == 2:
            return None  # a third country: which two is not clear
        if not told and actor.kind != "person":
            others.add(actor.country)  # "raised Australia's concerns with Wang Yi": a side's own country
            continue
        sides[actor.country] = actor if actor.kind == "person" else state_actor(actor.country)
        first_told[actor.country] = k
    if len(sides) != 2 or not others <= set(sides):
        return None
    second, first = sides.values()
    if not told and first_told[second.country] < first_told[first.country]:
        first, second = second, first  # "A thanked B for his help, and the two": A, named first
    elif told and last_named.get(first.country, -1) > last_named.get(second.country, len(done)):
        first, second = second, first  # "A arrived in B on his first trip, and the two": "his" is A's
    if last is not None and {last[0].country, last[1].country} == set(sides):
        # the latest pair's own actors, in the order this sentence gives them
        return (last[0], last[1]) if last[0].country == first.country else (last[1], last[0])
    return first, second


def they_met(units: list[Unit], i: int, done: list[Unit], last: tuple[Actor, Actor] | None) -> tuple[Actor, Actor] | None:
    """The two sides "they" at ``i`` stands for in a clause of time that tells a meeting ("when
    they met", "since they last spoke"): two people of different countries the sentence named
    before, else the article's latest pair when the sentence named nobody else."""
    if i == 0 or units[i - 1].low not in TIME_CLAUSE_WORDS:
        return None
    if i >= 3 and units[i - 2].text == "," and (units[i - 3].text.isdigit() or units[i - 3].low in TIME_WORDS):
        return None  # "first since 2019, when they met": the meeting that date stands for, told with it
    k = i + 1
    while k < len(units) and units[k].low in _BEFORE_MET:
        k += 1
    if k >= len(units) or not any(spec.event_type == "meeting" and spec.pos == "verb" and spec.frame == "symmetric"
                                  for spec in units[k].triggers()):
        return None
    here = pair_told_here(done, None, people=True)
    if here is not None:
        return here
    named = {unit.actor.country for unit in done if unit.actor is not None and not unit.is_placeish}
    if last is None or not named <= {last[0].country, last[1].country}:
        return None  # "EU ministers ... when they met": they are the ones named here
    return last



def _arrived_at(done: list[Unit], k: int) -> bool:
    """Whether the place at ``k`` is where a visit verb right before it went ("arrived in
    Baghdad, and the two neighbours signed"): the host, a side."""
    return k >= 2 and any(spec.event_type == "visit" and spec.pos == "verb" for spec in done[k - 2].triggers())
