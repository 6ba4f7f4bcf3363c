"""An evaluative saying aimed at whom the speaker's next predicate names: "Borrell said the
situation was extremely worrying and called on Ankara to halt its survey" is a worry about
Turkey as well as an appeal to it; "said it was deeply disappointed and urged Washington to
reverse the decision", a reproach of the United States."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames
from dashboard.extract.words import BOUNDARY_PUNCT

# How far after the reporting verb the joining "and" may come.
_WINDOW: Final = 16


def coordinated_aim(sf: SentenceFrames, index: int) -> list[int]:
    """The object actors of a statement verb that "and" joins, as a second predicate of the
    same speaker, to the clause the reporting verb at ``index`` reports; none when another
    actor or a boundary comes first (the clause then names its own subject or ends)."""
    units = sf.units
    for k in range(index + 1, min(len(units) - 1, index + _WINDOW)):
        unit = units[k]
        if unit.text in BOUNDARY_PUNCT or unit.text == ";" or unit.actor is not None:
            return []
        if unit.low != "and":
            continue
        verb = k + 2 if units[k + 1].low == "also" and k + 2 < len(units) else k + 1
        for spec in units[verb].triggers():
            if spec.event_type == "statement" and spec.pos == "verb":
                actors, _ = sf.object_actors(verb, spec.preps)
                return actors
        return []
    return []
