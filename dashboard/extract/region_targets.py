"""Forces sent "to the region" go where the region named before lies: "the fighting over
Nagorno-Karabakh ..., Russia will send peacekeepers to the region" sends them to Azerbaijan.
The region is a named area of the gazetteer (not a city, not a country), looked for earlier in
the sentence, else among the places of the events told before."""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from dashboard import gazetteer
from dashboard.extract.actor_makers import state_actor
from dashboard.extract.context import SentenceContext
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.units import Actor

# Nouns that stand for an area named before: "to the region", "into the enclave".
_AREA_WORDS: Final = frozenset({"region", "enclave", "peninsula", "territory"})
_REACH: Final = 8  # words between the verb and "to the region"


def to_the_region(sf: SentenceFrames, index: int) -> bool:
    """Whether the verb at ``index`` sends its forces "to the region" (or "into the enclave")
    with no place of its own named."""
    units = sf.units
    for k in range(index + 1, min(len(units) - 2, index + _REACH)):
        if units[k].text in ".;:,!?":
            return False
        if units[k].low in ("to", "into") and units[k + 1].low == "the" and units[k + 2].low in _AREA_WORDS:
            return True
    return False


@lru_cache(maxsize=1)
def _area_names() -> frozenset[str]:
    return frozenset(place.name for place in gazetteer.venues())


def region_named_before(ctx: SentenceContext, index: int, actors: list[Actor]) -> list[Actor]:
    """The country of the latest named area of another country before the verb at ``index``:
    in the sentence, else where an event told before took place."""
    own = {actor.country for actor in actors}
    for unit in reversed(ctx.units[:index]):
        place = unit.place
        if place is not None and not place.population and unit.actor is None and place.country not in own:
            return [state_actor(place.country)]
    names = _area_names()
    for event in reversed(ctx.recent):
        if event.place in names and event.place_country and event.place_country not in own:
            return [state_actor(event.place_country)]
    return []
