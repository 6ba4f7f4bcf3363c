"""Lists of countries' words before one noun: "Iranian, Chinese and Russian navies", "EU and US
criticism", "the French, German, and Italian leaders". Each country of the list is a side of its
own, as each country of "the US, Japan and Australia condemned" is: the words are joined by
commas and a last "and" (", and" with the serial comma), and every word but the last two is an
adjective or a short form ("US", "EU"), so "In Japan, Chinese and Korean officials" is a list of
two."""

from __future__ import annotations

from typing import Final

from dashboard.extract.lexicon import is_acronym
from dashboard.extract.units import Unit
from dashboard.extract.words import PREPOSITIONS

_COUNTRY_KINDS: Final = ("demonym", "country", "group")
# Actors a member of a list may already have been read as: the country itself, not a person or a body.
_STATE_KINDS: Final = frozenset({"state", "group"})


def country_word(unit: Unit) -> bool:
    """A demonym, a country's or a group's name standing alone (not a phrase with a title)."""
    if unit.actor is not None and unit.actor.kind not in _STATE_KINDS:
        return False
    return any(unit.sense(kind) is not None for kind in _COUNTRY_KINDS)


def _adjectival(unit: Unit) -> bool:
    """A word that can stand before a comma in a list of modifiers: "Iranian", "US", "EU"."""
    return unit.sense("demonym") is not None or is_acronym(unit.text)


def _join_before(units: list[Unit], k: int) -> str:
    """The words that join the country word at ``k`` to a country word right before it ("," or
    "and", ", and" with the serial comma); "" when none does."""
    if k >= 2 and units[k - 1].low in (",", "and") and country_word(units[k - 2]):
        return units[k - 1].low
    if k >= 3 and units[k - 1].low == "and" and units[k - 2].text == "," and country_word(units[k - 3]):
        return ", and"
    return ""


def _join_after(units: list[Unit], k: int) -> int:
    """The index of the country word joined on after ``k``; -1 when none is."""
    if k + 2 < len(units) and units[k + 1].low in (",", "and") and country_word(units[k + 2]):
        return k + 2
    if k + 3 < len(units) and units[k + 1].text == "," and units[k + 2].low == "and" and country_word(units[k + 3]):
        return k + 3
    return -1


def list_members(units: list[Unit], i: int) -> list[int]:
    """The indices of the list of country words that holds ``i``, in order, when it is one: two
    or more words whose last join holds "and" and whose other joins are commas; [] otherwise."""
    if not country_word(units[i]):
        return []
    members = [i]
    while join := _join_before(units, members[0]):  # back to the start of the chain
        members.insert(0, members[0] - 1 - (join == ", and") - 1)
    while (nxt := _join_after(units, members[-1])) >= 0:
        members.append(nxt)
    joins = [_join_before(units, k) for k in members]  # joins[0] is ""
    at = members.index(i)
    # the list ends at the first member at or after ``i`` joined on by "and"
    end = next((n for n in range(max(at, 1), len(members)) if joins[n] != ","), -1)
    if end < 0:
        return []  # "Iranian, Chinese": no "and" ends it
    start = end - 1
    while start > 0 and joins[start] == "," and _adjectival(units[members[start - 1]]):
        start -= 1  # "In Japan, Chinese and Korean officials": the list starts after the comma
    if start > at or not _head_after(units, members[end]):
        return []
    return members[start:end + 1]


def _head_after(units: list[Unit], last: int) -> bool:
    """Whether a word the list can modify follows it ("navies", "foreign ministers"), not the
    end of a clause or a preposition ("talks in English, French and Arabic.")."""
    if last + 1 >= len(units):
        return False
    head = units[last + 1]
    return head.text[:1].isalpha() and head.low not in PREPOSITIONS and head.low not in ("and", "or")


def modifier_sides(units: list[Unit], k: int) -> list[int]:
    """The sides a noun's country modifier at ``k`` names: every country of a list of adjectives
    or short forms that ends at ``k`` ("EU and US criticism": the EU and the US), else the
    modifier alone (a full name before "and" often ends a clause: "visited Russia and US
    sanctions followed")."""
    members = list_members(units, k)
    if members and members[-1] == k and all(_adjectival(units[m]) for m in members):
        return members
    return [k]


def listed_from(units: list[Unit], k: int) -> list[int]:
    """The countries of a list that starts at the country word ``k`` ("bought [Russian] and
    Chinese jets": Russia and China), else ``k`` alone; the last is the one the noun follows."""
    members = list_members(units, k)
    return members if members and members[0] == k else [k]
