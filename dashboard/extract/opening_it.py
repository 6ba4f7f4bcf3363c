"""A sentence opened by "It said", "It also rejected": "it" is the country or bloc that opened the
sentence before ("Islamabad closed its airspace ... It said it could ..."); other openings by "it"
("It was the first visit", "It caps each side") are no actor."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Actor, Unit

_ADVERBS: Final = frozenset({"also", "then", "later", "again", "further"})


def speaking_it(units: list[Unit]) -> bool:
    """Whether the sentence opens with "it" and a verb of saying ("It said", "It also warned")."""
    if len(units) < 3 or units[0].low != "it":
        return False
    verb = units[2] if units[1].low in _ADVERBS else units[1]
    return any(spec.event_type == "statement" and spec.pos in ("verb", "report") for spec in verb.triggers())


def opening_state(units: list[Unit]) -> Actor | None:
    """The country or bloc that is the first word of a chunked sentence ("(The) Kremlin said ...")."""
    first = units[1] if len(units) > 1 and units[0].low == "the" else units[0] if units else None
    if first is None or first.actor is None or first.possessive or first.actor.kind not in ("state", "group"):
        return None
    return first.actor
