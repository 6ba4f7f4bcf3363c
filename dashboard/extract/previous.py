"""Earlier events a sentence presupposes: "his first visit to China since 2018" tells of a visit
to China in 2018, "the first visit to Japan in twelve years" of one twelve years before."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Final

from dashboard.extract.lower_case import lower_case
from dashboard.extract.model import ExtractedEvent
from dashboard.extract.units import Actor, Unit
from dashboard.schema import cameo_for, goldstein

# Types whose "first ... since" names an earlier event of the same kind.
PRESUPPOSING_TYPES: Final = frozenset({"visit", "meeting", "military"})
# Types whose "first ... in twelve years" does so too: the sets code the visit of twelve years
# before, never the meeting ("the first talks between them in 15 years" tells only a gap).
COUNTED_TYPES: Final = frozenset({"visit"})

_COUNTS: Final = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                  "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                  "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}
_MONTH_NUMBERS: Final = {name: k + 1 for k, name in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"))}

# "first" before the trigger in the same phrase ("his first visit", "the first U.S. secretary of
# state to travel"); "since 2018" / "since March 2019" / "in twelve years" after it.
_FIRST_BEFORE: Final = re.compile(r"\bfirst\b(?!-)[^,;:()\"]{0,60}$", re.IGNORECASE)
# "The trip was Erdogan's first to Greece since 2017": "first" after the trigger and a copula.
_FIRST_AFTER: Final = re.compile(r"(?:,[^,;:()\"]{0,60},|[^,;:()\"]{0,50}?)\s+(?:is|was|were)\s+[^,;:()\"]{0,40}?\bfirst\b(?!-)", re.IGNORECASE)
# "since Takeo Fukuda in 1978", "since Austria's Karl Nehammer went there in April 2022", "since
# then minister Ana Ruiz in 2019": the one who made the earlier trip, named (capitalized words, a
# possessive country before them, "then" and a lowercase title after "since").
_WHO: Final = (r"(?:then[- ](?:(?-i:[a-z]+)\s+){0,3})?(?P<who>(?-i:(?:[A-Z][\w.-]*'s\s+)?(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.'-]*))\s+"
               r"(?:(?:went|came|travell?ed|visited|did)\s+(?:there\s+|here\s+|so\s+)?)?in\s+")
_SINCE_AFTER: Final = re.compile(
    r"^[^,;:()\"]{0,60}?\b(?P<phrase>since\s+(?:" + _WHO + r")?(?:(?P<month>" + "|".join(_MONTH_NUMBERS)
    + r")\s+)?(?P<year>(?:19|20)\d\d)\b(?!-)"
    r"|in\s+(?P<count>\d{1,2}|" + "|".join(_COUNTS) + r")\s+years\b)", re.IGNORECASE)


def earlier_occurrence(text: str, trigger_start: int, trigger_end: int, published: date | None,
                       counted: bool = True) -> tuple[int, date, date, str, int, int] | None:
    """(offset of "since ..." in ``text``, first day, last day, precision, start and end of the
    one named as its maker, -1 for none) of the earlier event that "first <trigger> since ..."
    presupposes, or None; a count of years ("in twelve years") only when ``counted``."""
    if text.isascii() and "first" not in lower_case(text):
        return None  # most sentences: both patterns need "first" (outside ASCII, in any case form)
    if not _FIRST_BEFORE.search(text, max(0, trigger_start - 80), trigger_start):
        after = _FIRST_AFTER.match(text, trigger_end, trigger_end + 120)
        if after is None:
            return None
        trigger_end = after.end()
    match = _SINCE_AFTER.search(text[trigger_end:trigger_end + 160])
    if match is None:
        return None
    offset = trigger_end + match.start("phrase")
    who_start, who_end = (trigger_end + match.start("who"), trigger_end + match.end("who")) \
        if match.group("who") is not None else (-1, -1)
    if match.group("year") is not None:
        year = int(match.group("year"))
        month = match.group("month")
        if month is not None:
            number = _MONTH_NUMBERS[month.lower()]
            last = date(year + number // 12, number % 12 + 1, 1).toordinal() - 1
            return offset, date(year, number, 1), date.fromordinal(last), "month", who_start, who_end
    else:
        if published is None or not counted:
            return None
        raw = match.group("count").lower()
        year = published.year - (int(raw) if raw.isdigit() else _COUNTS[raw])
    if published is not None and year > published.year:
        return None
    return offset, date(year, 1, 1), date(year, 12, 31), "year", who_start, who_end


# "the first visit in seven years in November": the count ends at "years"; a date after it, with
# no clause word of its own in between ("since they met in 2021"), is the event's own.
_COUNT_PHRASE: Final = re.compile(r"in\s+\S+\s+years\b", re.IGNORECASE)
_CLAUSE_BETWEEN: Final = re.compile(r"\b(?:since|when|after|before|and|but|while)\b|[,;:()]", re.IGNORECASE)


def own_date_after_count(text: str, phrase_start: int, date_start: int) -> bool:
    """Whether the date at ``date_start`` follows a count of years ("in seven years") at
    ``phrase_start`` in the same phrase, so dates the event itself, not the one presupposed."""
    count = _COUNT_PHRASE.match(text, phrase_start)
    return count is not None and count.end() <= date_start \
        and _CLAUSE_BETWEEN.search(text, count.end(), date_start) is None


def first_of_another(units: list[Unit], start: int, end: int, event_type: str) -> bool:
    """Whether "first" between ``start`` and ``end`` (absolute) stands before a noun of another
    kind: "the talks were the first visit since 2022" presuppose a visit, not talks."""
    for before, unit in zip(units, units[1:]):
        if start <= before.start and unit.end <= end and before.low == "first" and unit.specs \
                and all(spec.event_type != event_type for spec in unit.specs):
            return True
    return False


def named_maker(units: list[Unit], text: str, start: int, end: int) -> Actor | None:
    """Who "since Takeo Fukuda in 1978" names as the maker of the earlier event (units and
    offsets absolute): the actor phrase there, else the name as a person of no country told."""
    if start < 0:
        return None
    for unit in units:
        if start <= unit.start < end and unit.actor is not None and unit.actor.country:
            return unit.actor
    return Actor(text, "", "", "person")


def _host_of(event: ExtractedEvent, recent: list[ExtractedEvent]) -> ExtractedEvent | None:
    """The latest earlier visit by the same country that names a host: what "this was the first
    visit by a Chilean minister since 1990" (no host of its own) is told of."""
    for other in reversed(recent[-12:]):
        if other.event_type == event.event_type and other.actor_country == event.actor_country \
                and other.target_country is not None and other.target_country != event.actor_country:
            return other
    return None


def earlier_events(events: list[ExtractedEvent], first: date, last: date, precision: str,
                   maker: Actor | None = None, recent: list[ExtractedEvent] | None = None) -> list[ExtractedEvent]:
    """The earlier event of each event, on its own date: something that did happen (so coded as
    done, not as the intent a planned event carries), by ``maker`` when the sentence names one
    (of the event's own country when it tells none). An event of no host ("the first visit by a
    Chilean minister since 1990", "the first visit to the country by ...") is told of the latest
    one of ``recent`` by its country, and the earlier one went to the same host."""
    out: list[ExtractedEvent] = []
    for event in events:
        code = cameo_for(event.event_type, event.event_mode)
        earlier = replace(event, date_start=first, date_end=last, date_precision=precision, date_basis="stated",
                          modality="asserted", cameo_code=code, goldstein=goldstein(code),
                          evidence=list(event.evidence))
        host = _host_of(event, recent) if event.target_country is None and event.event_type == "visit" \
            and recent and event.actor_country else None
        if host is not None:
            earlier = replace(earlier, target=host.target, target_country=host.target_country, place=host.place,
                              place_country=host.place_country, lat=host.lat, lon=host.lon,
                              geo_precision=host.geo_precision, target_basis=host.target_basis)
        if maker is not None:
            country = maker.country or event.actor_country
            if country == event.target_country:
                continue
            earlier = replace(earlier, actor=maker.name, actor_country=country,
                              actor_role=maker.role or event.actor_role, actor_explicit=True)
        if maker is None or earlier not in out:
            out.append(earlier)
    return out
