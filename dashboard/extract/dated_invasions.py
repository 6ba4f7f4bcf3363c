"""An invasion or annexation told as a noun is a deployment only when its own phrase dates it and
names both sides: "Russia's 2014 annexation of Crimea", "the Kremlin's invasion of Ukraine in
February 2022"; the invader may launch it ("Russia launched its invasion on 24 February"), and an
invasion of no country named invades the country the sentence named last before its invader
("his first trip to Kyiv since Russia's invasion in February 2022"). Undated mentions ("since the invasion", "condemned Russia's invasion of
Ukraine") are background the gold sets mostly leave uncoded, and stay silent. The nouns are no
trigger of the lexicon, so that "condemned the invasion" keeps reading as it did."""

from __future__ import annotations

from typing import Final

from dashboard.extract.context import SentenceContext
from dashboard.extract.dates import MONTHS, DateMention, SentenceDates
from dashboard.extract.frame import Frame
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.lexicon import TriggerSpec
from dashboard.extract.units import Unit

DATED_INVASION: Final = TriggerSpec(phrase="dated invasion", pos="noun", event_type="military",
                                    event_mode="deployment", frame="agent", object_class="",
                                    preps=("of",), needs_support=False)
_NOUNS: Final = frozenset({"invasion", "annexation"})
# Verbs of an invader that starts its invasion: "Russia launched its full-scale invasion".
_LAUNCH_VERBS: Final = frozenset({"launched", "began", "started", "mounted"})


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
    """The frame of the invasion noun at ``index`` when it has an invader (a possessor, "Russia's",
    or the subject of "launched its"), a country after "of" or else one named before the invader,
    and a year between the two ("Moscow's 2014 annexation") or "in"/"on" and a date right after
    the country or the noun ("of Ukraine in February 2022", "invasion on 24 February")."""
    possessor = sf.possessor(index)
    if possessor is None:
        possessor = _launcher(sf, index)
    if possessor is None:
        return None
    units = sf.units
    targets, _ = sf.object_actors(index, ("of",))
    if targets and targets[0] != index + 2:
        return None
    if targets or (index + 2 < len(units) and units[index + 1].low == "of" and units[index + 2].place_country):
        targets = targets or [index + 2]  # a region of a country is the country: "the annexation of Crimea"
        after = targets[-1] + 1
    elif index + 1 < len(units) and units[index + 1].low == "of":
        return None
    else:
        before = _country_before(sf, possessor)
        if before is None:
            return None
        targets, after = [before], index + 1
    dated = any(_year(unit.low) for unit in units[possessor + 1:index]) or _date_follows(units, after)
    if not dated:
        return None
    frame = Frame(DATED_INVASION, units[index], index, actors=[possessor], targets=targets,
                  mode="deployment", actor_source="possessive")
    if _date_follows(units, after):
        frame.dates_from = units[after].start  # only its own date: not "The next day, ... since"
    return frame


def invasion_date(ctx: SentenceContext, frame: Frame) -> DateMention | None:
    """The date right after a dated invasion, which the sentence's scan leaves out after
    "since" ("his first trip since Russia's invasion in February 2022")."""
    relative = frame.dates_from - ctx.dates.offset
    if frame.dates_from < 0 or relative <= 0 or relative >= len(ctx.dates.text):
        return None
    dates = SentenceDates(ctx.dates.text[relative:], ctx.published, ctx.dates.narrative_year, frame.dates_from)
    return dates.past[0] if dates.past else None


def _date_follows(units: list[Unit], after: int) -> bool:
    """Whether "in" a month or year, or "on" a day, stands at ``after``."""
    if after + 1 >= len(units) or units[after].low not in ("in", "on"):
        return False
    word = units[after + 1].low.rstrip(".")
    if units[after].low == "in":
        return _year(word) or word in MONTHS
    day_month = word.isdigit() and after + 2 < len(units) and units[after + 2].low.rstrip(".") in MONTHS
    return day_month or word in MONTHS


def _launcher(sf: SentenceFrames, index: int) -> int | None:
    """The invader of "X launched its (full-scale) invasion": the country right before the verb."""
    k = index - 1
    while k > 1 and index - k <= 3 and sf.units[k].low not in ("its", "their"):
        k -= 1
    if k < 2 or sf.units[k].low not in ("its", "their") or sf.units[k - 1].low not in _LAUNCH_VERBS:
        return None
    subject = sf.units[k - 2]
    return k - 2 if subject.actor is not None and subject.actor.country and not subject.possessive else None


def _country_before(sf: SentenceFrames, invader: int) -> int | None:
    """The unit of the country or place the sentence named last before the invader, not the
    invader's own; people ("he", "Biden") stand for no invaded country."""
    own = sf.units[invader].actor
    own_country = own.country if own is not None else ""
    for k in range(invader - 1, -1, -1):
        unit = sf.units[k]
        if unit.actor is not None and unit.actor.kind != "state":
            continue
        country = unit.actor.country if unit.actor is not None else unit.place_country
        if country and country != own_country:
            return k
    return None
