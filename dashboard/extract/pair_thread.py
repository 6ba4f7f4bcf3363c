"""Which pair "the two countries" and "both sides" stand for when a new paragraph opens after
a side story: "Russia and North Korea signed a treaty ... Putin leaves for Vietnam later.
<new paragraph> The treaty supersedes the one the two countries signed in 2000" points back at
the pair the article is about, not at the side trip that shares one of its countries."""

from __future__ import annotations

from dashboard.extract.model import ExtractedEvent
from dashboard.extract.pairs import PAIR_TYPES
from dashboard.extract.story_pair import count_pair, leading_pair
from dashboard.extract.units import Actor


class PairThread:
    """The pairs of an article's visits, talks, deals and changes in relations, counted as the
    article is read: each paragraph break counts only the events found since the last one
    (events already found keep their type and countries)."""

    def __init__(self) -> None:
        self.counts: dict[tuple[str, str], int] = {}
        self.first: dict[tuple[str, str], tuple[str, str]] = {}
        self.counted = 0  # how many of the events found are counted

    def taken_up(self, latest: tuple[Actor, Actor] | None, found: list[ExtractedEvent]) -> tuple[Actor, Actor] | None:
        """``pair_taken_up(latest, found)``, for the events found so far."""
        if latest is None:
            return None
        no_mediators: set[str] = set()
        for k in range(self.counted, len(found)):
            event = found[k]
            if event.event_type in PAIR_TYPES:
                count_pair(event, no_mediators, self.counts, self.first)
        self.counted = len(found)
        return _taken_up(latest, leading_pair(self.counts, self.first))


def pair_taken_up(latest: tuple[Actor, Actor] | None, found: list[ExtractedEvent]) -> tuple[Actor, Actor] | None:
    """At a paragraph break, the pair most of the article's visits, talks, deals and changes in
    relations are between, when the latest pair is a side story of one of its two countries
    with a third ("the Maldives and China signed ..." in a story of the Maldives and India);
    None when the latest pair holds."""
    return PairThread().taken_up(latest, found)


def _taken_up(latest: tuple[Actor, Actor], main: tuple[Actor, Actor] | None) -> tuple[Actor, Actor] | None:
    if main is None:
        return None
    sides, own = {latest[0].country, latest[1].country}, {main[0].country, main[1].country}
    return main if len(sides & own) == 1 else None
