"""The other side of a meeting told by its relation to the subject: "held talks with his host",
"met her counterpart", "was received by his then counterpart". With no name, the meeting is with
the subject's latest counterpart in the article (the host of a visit under way, the side of the
latest talks); a name after "his then" is the side itself."""

from __future__ import annotations

from typing import Final

from dashboard.extract.actor_makers import state_of
from dashboard.extract.frame import Frame
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.words import POSSESSIVE_PRONOUNS

# Nouns that name a side by its relation to the subject.
_RELATIONS: Final = frozenset({"host", "hosts", "counterpart", "counterparts"})
# Words that may stand between the pronoun and the noun without naming a country.
_BETWEEN: Final = frozenset({"then", "new", "former", "old"})
# Words after the noun that go on to name the side.
_NAMING: Final = frozenset({"from", "of", "in"})
ADDRESSEE: Final = "addressee"


def relation_side(sf: SentenceFrames, index: int, preps: tuple[str, ...]) -> tuple[int, list[int], str] | None:
    """Where the noun is and the side it names when the object of the meeting verb at ``index``
    (right after it, or after one of its prepositions) is "his host", "her then counterpart" or
    the like: (k, [k], "") for a relation noun the chunker joined to a placed name ("his then
    counterpart Ali Veli"), (k, [], "addressee") for one with no name; None for any other object."""
    units = sf.units
    k = index + 1
    if k < len(units) and units[k].low in preps:
        k += 1
    if k >= len(units) or units[k].low not in POSSESSIVE_PRONOUNS:
        return None
    k += 1
    if k < len(units) and units[k].low in _BETWEEN:
        k += 1
    if k >= len(units) or units[k].low.split(" ", 1)[0] not in _RELATIONS:
        return None
    if state_of(units[k]).country:
        return k, [k], ""
    after = units[k + 2 if k + 2 < len(units) and units[k + 1].text == "," else k + 1] if k + 1 < len(units) else None
    if after is not None and (after.actor is not None or after.low in _NAMING):
        return None  # "his counterpart(,) Wang Yi", "her counterparts from Rwanda" name the side
    return k, [], ADDRESSEE


def with_relation_side(sf: SentenceFrames, index: int, frame: Frame) -> None:
    """Give a meeting verb's frame whose object is a relation noun its side (see ``relation_side``)."""
    if frame.spec.event_type != "meeting" or not frame.actors:
        return
    side = relation_side(sf, index, frame.spec.preps)
    if side is not None and all(k <= side[0] for k in frame.targets):  # only the pronoun was read
        frame.targets, frame.referenced_type = side[1], side[2]
