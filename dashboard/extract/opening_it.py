"""A sentence opened by "It said", "It also rejected", "On Tuesday it summoned": "it" is the country
or bloc that opened the sentence before ("Islamabad closed its airspace ... It said it could ...");
other openings by "it" ("It was the first visit", "It caps each side") are no actor."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Actor, Unit
from dashboard.extract.words import TIME_WORDS

_ADVERBS: Final = frozenset({"also", "then", "later", "again", "further", "promptly", "swiftly", "formally"})
# Words of an opening time phrase before "it": "On Tuesday", "In late August", "The same day,".
_TIME_OPENERS: Final = TIME_WORDS | {"on", "in", "at", "late", "early", "mid", "the", "same", "day", "week", "month",
                                     "year", "that", "next", "following", "weekend", "morning", "evening", "night",
                                     "afterwards", "then", ","}


# More words of an opening phrase of time: "At the same time", "Meanwhile".
_MORE_OPENERS: Final = frozenset({"time", "meanwhile", "since"})
# A country's own bodies that a following "it" stands for ("The Belgian government said ... It expelled").
_BODIES: Final = frozenset({"government", "foreign_ministry", "defence_ministry"})


def acting_it(units: list[Unit]) -> int:
    """Where the "it" is of a sentence that opens, after at most a time phrase, with "it" and a verb
    that makes or supports an event ("It said", "On Tuesday it also summoned"), else -1."""
    k = 0
    while k < min(len(units), 6) and units[k].low != "it":
        if units[k].low not in _TIME_OPENERS and not units[k].low.isdigit():
            return -1
        k += 1
    if k >= len(units) - 1 or units[k].low != "it":
        return -1
    verb = units[k + 2] if units[k + 1].low in _ADVERBS and k + 2 < len(units) else units[k + 1]
    if any(spec.pos in ("verb", "report") for spec in verb.triggers()) or verb.sense("support") is not None:
        return k
    return -1


def it_of(units: list[Unit], opener: Actor) -> int:
    """acting_it, but an "it" that stands for a government body opened before acts only in
    relations ("The Belarusian foreign ministry said ... It also recalled its ambassadors")."""
    k = acting_it(units)
    if k < 0 or opener.kind != "institution":
        return k
    verb = units[k + 2] if units[k + 1].low in _ADVERBS and k + 2 < len(units) else units[k + 1]
    return k if any(spec.event_type == "relations" for spec in verb.triggers()) else -1


def opening_state(units: list[Unit]) -> Actor | None:
    """The country or bloc that is the first word of a chunked sentence ("(The) Kremlin said ..."),
    after at most an opening time phrase ("At the same time Armenia has been looking west"), or a
    country's government or ministry ("The Belarusian foreign ministry said ... It also recalled")."""
    k = 0
    while k < min(len(units) - 1, 6) and (units[k].low in _TIME_OPENERS or units[k].low in _MORE_OPENERS):
        k += 1
    if k and units[k - 1].low == "the":
        k -= 1  # "In May the Kremlin said": the article goes with the name
    first = units[k + 1] if len(units) > k + 1 and units[k].low == "the" else units[k] if units else None
    if first is None or first.actor is None or first.possessive:
        return None
    if first.actor.kind in ("state", "group") or (first.actor.kind == "institution" and first.actor.role in _BODIES):
        return first.actor
    return None
