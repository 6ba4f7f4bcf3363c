"""Others' sanctions joined: "Croatia joined the EU's sanctions on Belarus" tells a sanction by
the joiner on the sanctioned country ("joined" is a support verb of the noun, supports.csv),
not the joiner's accession to the group that owns the sanctions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from dashboard.extract.words import PREPOSITIONS

if TYPE_CHECKING:
    from dashboard.extract.frames import SentenceFrames
    from dashboard.extract.units import Unit

_REACH: Final = 2  # plain words between the owner and its sanctions ("EU economic sanctions")
_JOINING: Final = ("join", "align")


def owns_joined_measures(sf: SentenceFrames, group: Unit) -> bool:
    """Whether the group named as what was joined only owns the sanctions after it ("joined
    European Union sanctions", "joined the bloc's sanctions")."""
    start = next(k for k, unit in enumerate(sf.units) if unit is group) + 1
    for unit in sf.units[start:start + _REACH + 1]:
        if any(spec.event_type == "sanction" and spec.pos == "noun" for spec in unit.triggers()):
            return True
        if unit.actor is not None or unit.triggers() or not unit.low.isalpha():
            return False
    return False


def joined_other_thing(sf: SentenceFrames, support: int, index: int) -> bool:
    """Whether "joined" at ``support`` takes something else than the sanctions at ``index`` as
    its object ("joined talks on sanctions", "joined calls for sanctions")."""
    if not sf.units[support].low.startswith(_JOINING) or support > index:
        return False
    return any(unit.low in PREPOSITIONS or unit.triggers() or unit.low.split()[-1] in PREPOSITIONS
               for unit in sf.units[support + 1:index])
