"""Which pair "the two countries" and "both sides" stand for when a new paragraph opens after
a side story: "Russia and North Korea signed a treaty ... Putin leaves for Vietnam later.
<new paragraph> The treaty supersedes the one the two countries signed in 2000" points back at
the pair the article is about, not at the side trip that shares one of its countries."""

from __future__ import annotations

from dashboard.extract.model import ExtractedEvent
from dashboard.extract.pairs import PAIR_TYPES
from dashboard.extract.story_pair import story_pair
from dashboard.extract.units import Actor


def pair_taken_up(latest: tuple[Actor, Actor] | None, found: list[ExtractedEvent]) -> tuple[Actor, Actor] | None:
    """At a paragraph break, the pair most of the article's visits, talks, deals and changes in
    relations are between, when the latest pair is a side story of one of its two countries
    with a third ("the Maldives and China signed ..." in a story of the Maldives and India);
    None when the latest pair holds."""
    if latest is None:
        return None
    main = story_pair([event for event in found if event.event_type in PAIR_TYPES], set())
    if main is None:
        return None
    sides, own = {latest[0].country, latest[1].country}, {main[0].country, main[1].country}
    return main if len(sides & own) == 1 else None

