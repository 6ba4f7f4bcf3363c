"""Which of a sentence's events may set the pair that "the two countries" and "both sides" name
next: not one whose other side the sentence names only as the place ("signed an agreement in
Bridgetown"), and none when the sentence retells the pair already held ("held talks with Erdogan
in Ankara, two days after a trip to Riyadh")."""

from __future__ import annotations

from typing import Final

from dashboard.extract.model import ExtractedEvent
from dashboard.extract.units import Actor, Unit

_SCENE_PREPS: Final = frozenset({"in", "at"})
_SCENE_TYPES: Final = frozenset({"agreement", "meeting"})  # signed or talked there, with whoever


def pair_setters(units: list[Unit], events: list[ExtractedEvent],
                 held: tuple[Actor, Actor] | None) -> list[ExtractedEvent]:
    """The events of one sentence that may change the latest pair (empty: the pair holds)."""
    if held is not None and any({e.actor_country, e.target_country} == {held[0].country, held[1].country}
                                for e in events):
        return []
    scenes = [event for event in events if _side_only_a_place(units, event)]
    kept = [event for event in events if all(event is not scene for scene in scenes)]
    if any(e.event_type == s.event_type and e.actor_country == s.actor_country for s in scenes for e in kept):
        return []  # "held talks in Beirut before meeting Netanyahu": one of several, no pair
    return kept


def _side_only_a_place(units: list[Unit], event: ExtractedEvent) -> bool:
    """Whether the sentence names the event's target country as a place and never as an actor."""
    code = event.target_country
    if not code or event.event_type not in _SCENE_TYPES:
        return False  # a visit goes to its place; "closed its embassy in Honiara" ends ties with it
    as_place = False
    for k, unit in enumerate(units):
        if unit.place_country == code and k > 0 and units[k - 1].low in _SCENE_PREPS:
            as_place = True  # "in Bridgetown": a capital after "in" is the scene, not its government
        elif unit.actor is not None and unit.actor.country == code:
            return False
    return as_place
