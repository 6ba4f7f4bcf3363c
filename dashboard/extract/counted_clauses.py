"""Where the clause a counted interval opens ends: "nine days after Australia, Britain and the
United States unveiled a pact" runs on past the commas of its list of actors, and "a day after
Putin flew to Abu Dhabi ..., then to Riyadh for talks" past the comma before "then", and "four days
after Fiji, once Taiwan's closest partner, severed ties" past the commas of an appositive."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit
from dashboard.extract.words import BOUNDARY_PUNCT, CLAUSE_VERBS


def _in_actor_list(units: list[Unit], k: int) -> bool:
    """Whether the comma ``units[k]`` separates two actors of a list ("Australia, Britain")."""
    before = units[k - 1] if k > 0 else None
    j = k + 1
    while j < len(units) and units[j].low == "the":
        j += 1
    return before is not None and before.actor is not None and j < len(units) and units[j].actor is not None


# How many words an appositive between an actor and its verb may hold.
_APPOSITIVE_WORDS: Final = 10


def _plain_noun_phrase(units: list[Unit]) -> bool:
    """Whether ``units`` may be an appositive: a few words, none of them a verb."""
    return 0 < len(units) <= _APPOSITIVE_WORDS and not any(
        unit.text in BOUNDARY_PUNCT or unit.low in CLAUSE_VERBS or unit.low in ("and", "or", "but")
        or any(spec.pos == "verb" for spec in unit.triggers()) for unit in units)


def _in_appositive(units: list[Unit], k: int) -> bool:
    """Whether the comma ``units[k]`` opens or closes an appositive after an actor ("Fiji, once
    Taiwan's closest partner, severed"): an actor, a comma, a phrase with no verb, a comma."""
    if k > 0 and units[k - 1].actor is not None:  # the opening comma: its closing one follows
        close = next((m for m in range(k + 1, min(len(units), k + 2 + _APPOSITIVE_WORDS)) if units[m].text == ","), -1)
        return close > 0 and _plain_noun_phrase(units[k + 1:close]) and close + 1 < len(units) \
            and units[close + 1].actor is None
    start = next((j for j in range(k - 1, max(-1, k - 2 - _APPOSITIVE_WORDS), -1) if units[j].text == ","), -1)
    return start > 0 and units[start - 1].actor is not None and _plain_noun_phrase(units[start + 1:k]) \
        and k + 1 < len(units) and units[k + 1].actor is None


def ends_counted_clause(units: list[Unit], k: int) -> bool:
    """Whether ``units[k]`` closes the clause of a counted interval told before it."""
    unit = units[k]
    if unit.text in BOUNDARY_PUNCT:
        return True
    if unit.text != ",":
        return False
    after = units[k + 1].low if k + 1 < len(units) else ""
    return after != "then" and not _in_actor_list(units, k) and not _in_appositive(units, k)
