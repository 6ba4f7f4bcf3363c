"""Armed forces on the move: "Russian troops arrived in Niamey" is a deployment, not a visit."""

from __future__ import annotations

from dashboard.extract.frames import SentenceFrames


def forces_moved(sf: SentenceFrames, actors: list[int]) -> bool:
    """Whether the subject of a trip is a body of troops, ships or aircraft ("Russian troops",
    "U.S. and British submarines"): the head noun ends the actor or follows it."""
    if not actors:
        return False
    forces = sf.lexicon.word_classes.get("force", frozenset())
    k = actors[-1]
    unit = sf.units[k]
    if unit.possessive:
        return False
    after = sf.units[k + 1].low if k + 1 < len(sf.units) else ""
    return unit.low.rsplit(" ", 1)[-1] in forces or after in forces
