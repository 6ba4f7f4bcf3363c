"""Where a leader stood beside another: "Esper stood beside Ghani in Kabul" is a visit to the place
named after the person stood beside, not to that person's country (beside a host at home, or a
guest in one's own capital: only the place tells who travelled)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dashboard.extract.frames import SentenceFrames


def place_past_person(sf: SentenceFrames, index: int) -> list[int]:
    """The place after the people right of the trigger at ``index``: "beside Ghani in Kabul"."""
    people = sf.coordinated_right(index + 1) if index + 1 < len(sf.units) and sf.units[index + 1].actor else []
    if not people:
        return []
    return sf.object_actors(index, ("in", "at"), end_index=people[-1], places=True)[0]
