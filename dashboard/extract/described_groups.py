"""A group named after a describing noun: "left the West African bloc ECOWAS", "joined the
military alliance NATO". The words before the name say what kind of body it is; the name
after them is the group the verb's object names."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames
from dashboard.extract.units import Unit

# Nouns that describe a body of states and may stand right before its name.
_BODY_NOUNS: Final = frozenset({"bloc", "alliance", "grouping", "organisation", "organization", "union",
                                "community", "club", "group", "body"})
# How many describing words may stand between the article and the name.
_WINDOW: Final = 4


def described_group(sf: SentenceFrames, index: int) -> Unit | None:
    """The group named right after "the <describing words> <body noun>" past the verb at
    ``index``; None when the object opens otherwise or the name is no group."""
    units = sf.units
    k = index + 1
    if k < len(units) and units[k].low == "the":
        k += 1
    start = k
    while k < len(units) and k - start < _WINDOW and units[k].actor is None and units[k].text[:1].isalpha():
        k += 1
    if k == start or k >= len(units) or units[k - 1].low not in _BODY_NOUNS:
        return None
    name = units[k]
    return name if name.actor is not None and name.actor.kind == "group" and not name.possessive else None
