"""An invasion or annexation told as a noun is a deployment only when its own phrase dates it and
names both sides: "Russia's 2014 annexation of Crimea", "the Kremlin's invasion of Ukraine in
February 2022". Undated mentions ("since the invasion", "condemned Russia's invasion of
Ukraine") are background the gold sets mostly leave uncoded, and stay silent. The nouns are no
trigger of the lexicon, so that "condemned the invasion" keeps reading as it did."""

from __future__ import annotations

from typing import Final

from dashboard.extract.dates import MONTHS
from dashboard.extract.frame import Frame
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.lexicon import TriggerSpec

DATED_INVASION: Final = TriggerSpec(phrase="dated invasion", pos="noun", event_type="military",
                                    event_mode="deployment", frame="agent", object_class="",
                                    preps=("of",), needs_support=False)
_NOUNS: Final = frozenset({"invasion", "annexation"})


def _year(low: str) -> bool:
    return len(low) == 4 and low.isdigit() and low[:2] in ("19", "20")


def tells_invasion(sentence: str) -> bool:
    """Whether a sentence with no trigger may yet tell a dated invasion (a cheap test first)."""
    return "nvasion" in sentence or "nnexation" in sentence


def dated_invasion_frames(sf: SentenceFrames) -> list[Frame]:
    """A deployment frame for each dated invasion noun of the sentence."""
    found: list[Frame] = []
    for index, unit in enumerate(sf.units):
        if unit.low in _NOUNS and (frame := _dated_invasion(sf, index)) is not None:
            found.append(frame)
    return found


def _dated_invasion(sf: SentenceFrames, index: int) -> Frame | None:
    """The frame of the invasion noun at ``index`` when it has a possessor that acts ("Russia's"),
    a country after "of", and a year between the two ("Moscow's 2014 annexation") or "in" and a
    month or year right after the country ("of Ukraine in February 2022")."""
    possessor = sf.possessor(index)
    if possessor is None:
        return None
    units = sf.units
    targets, _ = sf.object_actors(index, ("of",))
    if targets and targets[0] != index + 2:
        return None
    if not targets and not (index + 2 < len(units) and units[index + 1].low == "of" and units[index + 2].place_country):
        return None  # a region of a country is the country: "the annexation of Crimea"
    targets = targets or [index + 2]
    target = targets[-1]
    after = target + 1
    dated = any(_year(unit.low) for unit in units[possessor + 1:index]) or (
        after + 1 < len(units) and units[after].low == "in"
        and (_year(units[after + 1].low) or units[after + 1].low.rstrip(".") in MONTHS))
    if not dated:
        return None
    return Frame(DATED_INVASION, units[index], index, actors=[possessor], targets=targets,
                 mode="deployment", actor_source="possessive")
