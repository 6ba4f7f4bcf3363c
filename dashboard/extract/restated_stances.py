"""A stance the speaker restates by a noun of its own: "South Africa reaffirmed its support for
Ukraine", "Japan stressed its firm backing for Manila". The reporting verb says no more than that
it was said; the possessed noun after it is the statement, aimed at the country it is for."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames
from dashboard.extract.words import POSSESSIVE_PRONOUNS

# Words that may stand between the possessive and the noun: "its full and firm support".
_MODIFIER_WINDOW: Final = 3
_PREPS: Final = ("for", "of", "with", "to")
# "its support", and a joint statement's "reaffirmed our support for Ukraine".
_OWNERS: Final = POSSESSIVE_PRONOUNS | {"our"}


def restated_stance(sf: SentenceFrames, index: int) -> tuple[list[int], str]:
    """The object actors and mode of a statement noun owned by the speaker right after the
    reporting verb at ``index`` ("reaffirmed its strong support for Ukraine": Ukraine, support);
    no actors and "" when none follows."""
    units = sf.units
    k = index + 1
    if k >= len(units) or units[k].low not in _OWNERS:
        return [], ""
    for noun in range(k + 1, min(len(units), k + 2 + _MODIFIER_WINDOW)):
        unit = units[noun]
        if unit.actor is not None or not unit.text.isalpha():
            return [], ""  # "its Ukrainian partners", "its position, ...": no stance noun of its own
        modes = [spec.event_mode for spec in unit.triggers() if spec.pos == "noun" and spec.event_type == "statement"]
        if modes:
            actors, _ = sf.object_actors(noun, _PREPS)
            return actors, modes[0]
    return [], ""
