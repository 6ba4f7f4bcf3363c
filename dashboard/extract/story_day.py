"""The day a news story tells. A report filed on Tuesday whose opening says "on Monday" goes
on telling Monday: its undated quotes and reactions belong to that day, not to the day the
report came out."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from dashboard.extract.ascii_stand_in import ascii_stand_in
from dashboard.extract.dates import SentenceDates, days_into_visit, find_dates
from dashboard.extract.day_cues import may_name_day
from dashboard.extract.hard_wraps import hard_wrapped
from dashboard.extract.later_day import later_day
from dashboard.extract.model import ExtractedEvent
from dashboard.extract.story_counts import with_counts_from_story_day

# How far before publication the opening's day may lie and still be the news the report carries.
_NEWS_DAYS: Final = timedelta(days=3)
_HEADING_CHARS: Final = 200
# A wire lede often tells the news without its day ("PARIS, Sept. 18 - France has recalled its
# ambassadors"), and the next paragraph gives it ("The decision, announced on Friday, ..."). Three
# paragraphs reach into the story's background and its days: fewer dates came out right.
_OPENING_PARAGRAPHS: Final = 2
_SENTENCE_ENDS: Final = ".!?:;\"'\u201d\u2019"


def opening_span(text: str) -> tuple[int, int]:
    """Where the story's opening (its first two paragraphs) starts and ends. Blank paragraphs
    (page furniture blanked out) and a heading above the story (one short line with no closing
    stop, as a pasted page's headline, or one closed by a bracketed tag: "... to India (press
    release)") are not part of it. Blocks of short lines with no sentence (a site's menus, a
    photo's caption) are not either, but take their place in the two paragraphs: the opening
    then reaches to the end of the first paragraph of prose."""
    start, furniture = 0, None
    while start < len(text):
        end = text.find("\n\n", start)
        end = len(text) if end < 0 else end
        block = text[start:end].strip()
        if block and not (len(block) <= _HEADING_CHARS and "\n" not in block and block[-1] not in _SENTENCE_ENDS):
            if furniture is None:
                furniture = start, _paragraphs_end(text, end, _OPENING_PARAGRAPHS - 1)
            if _PROSE.search(block) is not None or _DATE_LINE.search(block) is not None:
                return start, _wrapped_end(text, start, max(end, furniture[1]))
        start = end + 2
    return furniture or (0, len(text))


# A sentence of five words or more closed by a stop: a block of only shorter lines and sentences
# is the page's furniture ("Filed under:", "1.9 C", "Download the app", a photo's caption).
# ... unless it dates the page ("Washington, November 30, 2024" over a press release): that day
# is the one the opening tells.
_DATE_LINE: Final = re.compile(r"\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d|\d{1,2} "
                               r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:mon|tues|wednes|thurs|"
                               r"fri|satur|sun)day\b)", re.IGNORECASE)
_PROSE: Final = re.compile(r"(?:\S+[ \t]+){4,}\S*[^\s,;:.!?][.!?:][\"'\u201d\u2019)]*(?:\s|$)")


# Hard-wrapped copy that lost its blank lines runs as one paragraph: its opening is as long as a
# wire story's first two paragraphs usually are.
_WRAPPED_OPENING: Final = 700


def _wrapped_end(text: str, start: int, end: int) -> int:
    """``end``, or for hard-wrapped copy with no paragraph break in its opening, the end of the
    line where two wire paragraphs' length is reached."""
    if end - start <= _WRAPPED_OPENING or "\n\n" in text[start:end] or not hard_wrapped(text[start:end]):
        return end
    line_end = text.find("\n", start + _WRAPPED_OPENING, end)
    return end if line_end < 0 else line_end


def _paragraphs_end(text: str, end: int, more: int) -> int:
    """Where the paragraph ``more`` paragraphs after the one ending at ``end`` ends."""
    for _ in range(more):
        if end + 2 >= len(text):
            break
        following = text.find("\n\n", end + 2)
        end = len(text) if following < 0 else following
    return end


def story_day(events: list[ExtractedEvent], opening: tuple[int, int], published: date | None,
              opening_dates: list[SentenceDates], story_dates: list[SentenceDates] | None = None) -> date | None:
    """The day of the first event the opening (the first two paragraphs) dates itself, when that
    day is one to three days before publication and the opening dates nothing to the
    publication day ("arrived on Sunday ... held talks on Monday": a story of Monday). An
    opening that dates no event may still tell the day in words no rule reads as an event ("On
    Friday, the four leaders sat around one table"): then its first day stands."""
    if published is None:
        return None
    told = [(at, event, _day_named(event)) for event in events if event.date_basis in ("stated", "relative")
            and event.date_start is not None and (at := _first_in(event, opening)) >= 0]
    if any(day == published for _, event, day in told if event.modality != "planned"):
        return None  # "arrived on Friday ... will go on to Munich on Saturday": a story of Friday
    if opening_dates and _reported_today(opening_dates[0], published):
        return None
    counted = _counted_back(opening_dates)
    dated = sorted((at, day) for at, event, day in told
                   if event.date_precision == "day" and event.modality != "negated" and day not in counted)
    if dated:
        day = dated[0][1]
    else:
        days = [mention.span.start for dates in opening_dates for mention in dates.past
                if mention.span.precision == "day" and mention.span.start not in counted
                and _FOLLOWS.search(dates.text, 0, max(0, mention.start - dates.offset)) is None]
        if not days:
            return later_day(story_dates or [], published)
        if published in days:
            return None
        day = days[0]
    return day if day is not None and published - _NEWS_DAYS <= day < published else None


def _day_named(event: ExtractedEvent) -> date | None:
    """The day the sentence names for the event: a visit's first day is dated back from the day
    it ended ("concluded a four-day visit today"), which is the day the story tells."""
    if event.event_type == "visit" and event.date_start is not None and event.date_precision == "day" and event.evidence:
        return event.date_start + timedelta(days=max(days_into_visit(e.sentence) for e in event.evidence))
    return event.date_start


def _reported_today(first: SentenceDates, published: date) -> bool:
    """Whether the story's first sentence names the publication day ("Duterte has withdrawn his
    notice, his defence secretary announced on Friday", "When Assad stepped onto the stage of the
    summit on Friday, ..."): the news is of that day, though the story tells an earlier one too
    ("met Duterte on Thursday evening", "flew into the city on Thursday"). A day counted to it
    ("a day after X") or a reference point ("said, after talks on Wednesday") does not count."""
    return any(m.span.start == published and m.span.precision == "day" and not m.counts_after()
               and _REFERENCE.search(first.text, 0, m.start - first.offset) is None for m in first.past)


# "..., after talks on Wednesday": a day that is a reference point, not the day the news is of.
# "The moves follow Sunday's referendum": the day of what the news answers, not the story's own.
_FOLLOWS: Final = re.compile(r"\b(?:follows?|comes? after|came after)\b[^,;]*$", re.IGNORECASE)
_REFERENCE: Final = re.compile(r"\b(?:after|before|following|ahead of|since|until)\b[^,;]*$", re.IGNORECASE)


def _counted_back(opening_dates: list[SentenceDates]) -> set[date]:
    """The days the opening counts back from a day it names ("said on Thursday, two days after
    Baku expelled ..."): the day of what the news answers, not the story's own."""
    counted: set[date] = set()
    for dates in opening_dates:
        past = dates.past
        for k, mention in enumerate(past):
            if mention.counts_after() and any(m.span.precision == "day" for m in past[:k]):
                counted.add(mention.span.start)
    return counted


# "Peskov told reporters on Friday", "the ministry said on Friday": the day words were said.
_TOLD_ON: Final = re.compile(r"\b(?:said|announced|confirmed|told reporters|told journalists)\s+$")


def _back_to_today(text: str, after: int, published: date) -> int:
    """Where the paragraph after the opening that tells something on the publication day starts
    ("On Thursday, the railways minister said ...", "Peskov told reporters on Friday" in a report
    of that day): the story is back to the day of the report from there on; the text's end when
    none does."""
    rest = text[after:]
    searched = ascii_stand_in(rest)  # what the date patterns search, lower-cased
    if searched is not None and not may_name_day(searched, published):
        return len(text)  # most reports: no word of the rest can name their day (no patterns run)
    for mention in find_dates(rest, published):
        if mention.span.start != published or mention.span.precision != "day":
            continue
        before = rest[max(0, mention.start - 40):mention.start]
        fronted = before.rstrip(" ").endswith((".", "\n")) and rest[mention.end:mention.end + 1] == ","
        if fronted or _TOLD_ON.search(before):
            return text.rfind("\n\n", 0, after + mention.start) + 2
    return len(text)


def _first_in(event: ExtractedEvent, span: tuple[int, int]) -> int:
    """Where the event's first mention inside the span starts (a headline's may come before
    it), or -1."""
    return next((e.char_start for e in event.evidence if span[0] <= e.char_start < span[1]), -1)


def with_story_day(events: list[ExtractedEvent], opening: tuple[int, int], published: date | None,
                   opening_dates: list[SentenceDates], text: str = "",
                   story_dates: list[SentenceDates] | None = None) -> None:
    """Date the events dated only by publication on the story's day, when the opening gives one;
    the pluperfect of the side whose act the opening counts back to tells that act's day."""
    if published is not None:
        _with_answered_day(events, _counted_back(opening_dates))
    day = story_day(events, opening, published, opening_dates, story_dates)
    if day is None or published is None:
        return
    if any(m.span.start == day and not m.counts_after() for dates in opening_dates for m in dates.past):
        with_counts_from_story_day(events, published, day)  # a day the opening names, not one it counts
    back = _back_to_today(text, opening[1], published)
    for event in events:
        if event.date_basis == "published" and event.date_precision == "day" and not (
                event.evidence and event.evidence[0].char_start >= back):
            event.date_start = event.date_end = day
            event.date_basis = "relative"


_PLUPERFECT: Final = re.compile(r"\bhad (?:already |earlier |first )?[a-z]+(?:ed|en|ne|wn|ght)\b")

_REPORTED: Final = re.compile(r"\b(?:said|says|say|told|tells|added|that)\b")


def _with_answered_day(events: list[ExtractedEvent], counted: set[date]) -> None:
    """"France expelled two diplomats on Thursday, two days after Baku declared two of its staff
    persona non grata. Azerbaijan's ministry had given the pair 48 hours": an undated event told
    in the pluperfect by the side of the act counted back to happened on that act's day."""
    if not counted:
        return
    answered = {event.actor_country: event.date_start for event in events if event.date_start in counted
                and event.date_precision == "day" and event.date_basis == "relative"}
    for event in events:
        day = answered.get(event.actor_country)
        if day is None or event.date_basis != "published" or event.modality != "asserted":
            continue
        told = _PLUPERFECT.search(event.sentence)
        # "said he had invited ...": reported words, told on the day they were said
        if told is not None and _REPORTED.search(event.sentence, 0, told.start()) is None:
            event.date_start = event.date_end = day
            event.date_basis = "relative"
