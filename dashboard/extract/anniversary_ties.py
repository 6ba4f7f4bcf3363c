"""An anniversary of diplomatic relations tells when they were established.

"marked 45 years of diplomatic relations", "on the 30th anniversary of diplomatic ties between the
two countries", "the 50th anniversary of the establishment of relations": the two sides established
relations that many years before the story (year precision), and the real pages code it so.
The sides: "between A and B" or "A-B relations"; an anniversary whose phrase names no sides is
left alone (the latest pair or the sentence's states are often a third party's, or in the wrong
order), and so is one still to come ("will mark the 75th anniversary next year") and one whose
pair the article tells established in another way.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Final

from dashboard.extract.build import events_of
from dashboard.extract.context import SentenceContext
from dashboard.extract.frame import Frame
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.lexicon import TriggerSpec
from dashboard.extract.model import ExtractedEvent
from dashboard.extract.units import Unit

ANNIVERSARY_TIES: Final = TriggerSpec(phrase="anniversary of ties", pos="noun", event_type="relations",
                                      event_mode="establish", frame="symmetric", object_class="",
                                      preps=("between",), needs_support=False)
_TIES: Final = frozenset({"relations", "ties", "diplomatic relations", "diplomatic ties"})
_KINDS: Final = frozenset({"formal", "full", "bilateral", "official"})  # "45 years of formal diplomatic relations"
_SUFFIXES: Final = ("st", "nd", "rd", "th")


def anniversary_events(ctx: SentenceContext) -> list[ExtractedEvent]:
    """An establishment of relations for each anniversary of them the sentence tells."""
    found: list[ExtractedEvent] = []
    sf = ctx.frames
    for index, unit in enumerate(sf.units):
        if unit.low not in _TIES:
            continue
        count = _years_counted(sf.units, index)
        if count is None:
            continue
        frame = _frame(sf, index)
        if frame is None:
            continue
        events = [event for event in events_of(ctx, frame) if event.modality == "asserted"]
        year = ctx.published.year - count if ctx.published is not None and 0 < count < ctx.published.year else None
        found.extend(replace(event, date_start=date(year, 1, 1) if year else None,
                             date_end=date(year, 12, 31) if year else None,
                             date_precision="year" if year else "unknown",
                             date_basis="relative" if year else "unknown") for event in events)
    return found


def untold_anniversaries(anniversaries: list[ExtractedEvent], others: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """The anniversaries whose pair the article tells established in no other way: "established
    ties in 1992" dates it better than thirty years counted back from the story's year."""
    told = {frozenset((e.actor_country, e.target_country)) for e in others
            if e.event_type == "relations" and e.event_mode == "establish"}
    return [e for e in anniversaries if frozenset((e.actor_country, e.target_country)) not in told]


def _years_counted(units: list[Unit], index: int) -> int | None:
    """How many years "N years of" or "the Nth anniversary of (the establishment of)" counts
    before the ties at ``index`` (0: an anniversary of no number read); None when neither."""
    k = index - 4 if _compound(units, index) else index - 1  # "12 years of China-South Africa relations"
    while k >= 0 and units[k].low in _KINDS:
        k -= 1
    if k < 1 or units[k].low != "of":
        return None
    k -= 1
    if units[k].low == "establishment" and k >= 2 and units[k - 1].low == "the" and units[k - 2].low == "of":
        k -= 3  # "anniversary of the establishment of relations"
    if k < 0:
        return None
    if units[k].low == "years" and k >= 1 and units[k - 1].low.isdigit():
        return int(units[k - 1].low)
    if units[k].low != "anniversary":
        return None
    before = [unit.low for unit in units[max(0, k - 2):k]]
    if len(before) == 2 and before[0].isdigit() and before[1] in _SUFFIXES:
        return int(before[0])  # "30 th": the number and its suffix read apart
    if before and before[-1][:-2].isdigit() and before[-1][-2:] in _SUFFIXES:
        return int(before[-1][:-2])
    return _ordinal(before[-1]) if before else 0


_TENS: Final = {"tenth": 10, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
                "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100}
_TEN_WORDS: Final = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                     "eighty": 80, "ninety": 90}
_UNIT_ORDINALS: Final = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                         "seventh": 7, "eighth": 8, "ninth": 9}


def _ordinal(word: str) -> int:
    """"sixtieth" 60, "twenty-fifth" 25; 0 for any other word."""
    if word in _TENS:
        return _TENS[word]
    tens, _, unit = word.partition("-")
    return _TEN_WORDS.get(tens, 0) + _UNIT_ORDINALS.get(unit, 0) if tens in _TEN_WORDS and unit in _UNIT_ORDINALS else 0


def _frame(sf: SentenceFrames, index: int) -> Frame | None:
    frame = Frame(ANNIVERSARY_TIES, sf.units[index], index, mode="establish")
    sides = sf.between(index) or _compound(sf.units, index)
    if len(sides) < 2:
        return None
    frame.actors, frame.targets, frame.actor_source = sides[:1], sides[1:2], "between"
    return frame


def _compound(units: list[Unit], index: int) -> list[int]:
    """"China-South Africa relations": the two states joined by a hyphen right before the ties."""
    if index >= 3 and units[index - 2].text in ("-", "\u2013") and _state(units[index - 1]) and _state(units[index - 3]):
        return [index - 3, index - 1]
    return []


def _state(unit: Unit) -> bool:
    return unit.actor is not None and unit.actor.kind == "state" and bool(unit.actor.country)
