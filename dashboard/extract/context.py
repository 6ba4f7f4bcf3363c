"""What the event builder knows about one sentence: its units, frames, dates and the article
around it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dashboard.extract.dates import SentenceDates
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.hosted_gatherings import HostedGathering
from dashboard.extract.model import ExtractedEvent
from dashboard.extract.units import Actor, Unit


@dataclass(init=False)
class SentenceContext:
    """Everything about one sentence the event builder needs."""

    units: list[Unit]
    frames: SentenceFrames
    text: str              # the original sentence
    start: int
    end: int
    dates: SentenceDates   # the sentence's dates, resolved looking back (.past) or forward (.ahead)
    published: date | None
    recent: list[ExtractedEvent]   # events of earlier sentences, newest last
    deal_sides: list[tuple[str, str]]  # (owner, partner) of deals named "its pact with Y" before
    owned_acts: dict[str, str]  # act word -> its doer, from the act's first mention ("Russia's invasion")
    codes_seen: set[str]  # every country the article has named so far, this sentence's too
    dateline: Unit | None = None   # "MOSCOW, March 20 -": where the report was filed (in the lede)
    filed_from: Unit | None = None  # the same dateline, for every sentence of the article
    last_group: str | None = None  # the latest group the article named
    last_pair: tuple[Actor, Actor] | None = None  # the two sides of the latest two-country event
    previous_place: Unit | None = None  # the place the sentence before named with "in X" / "at X"
    hosted: HostedGathering | None = None  # the latest gathering told hosted, before this sentence

    # An explicit __init__ (init=False): compiled, a dataclass's generated one runs as Python.
    def __init__(self, units: list[Unit], frames: SentenceFrames, text: str, start: int, end: int,
                 dates: SentenceDates, published: date | None, recent: list[ExtractedEvent],
                 dateline: Unit | None = None, filed_from: Unit | None = None, last_group: str | None = None,
                 last_pair: tuple[Actor, Actor] | None = None) -> None:
        self.units, self.frames, self.text, self.start, self.end = units, frames, text, start, end
        self.dates, self.published, self.recent = dates, published, recent
        self.dateline, self.filed_from, self.last_group = dateline, filed_from, last_group
        self.last_pair = last_pair
        self.previous_place = None
        self.hosted = None
        self.deal_sides = []
        self.owned_acts = {}
        self.codes_seen = set()
