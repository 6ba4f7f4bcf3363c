"""Date expressions in a sentence, resolved against the publication date.

"on June 19", "June 18-19", "19 June 2024", "in March 2024", "last week", "on Tuesday",
"earlier this year", "two days ago"... each become a span of days with a precision (day, week,
month, year) and a basis (stated in the text, or relative to the publication date).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Final

from dashboard.extract.ascii_stand_in import ascii_stand_in
from dashboard.extract.date_cues import DateCues
from dashboard.extract.date_spans import DateMention, DateSpan
from dashboard.extract.date_windows import window_matches
from dashboard.extract.interval_cues import may_count_interval
from dashboard.extract.lower_case import lower_case
from dashboard.extract.years_ahead import years_not_ahead

MONTHS: Final = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS: Final = {name: index for index, name in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
NUMBER_WORDS: Final = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                       "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3, "few": 3}

_MONTH: Final = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_MONTH2: Final = r"(?P<month2>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY: Final = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2: Final = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR: Final = r"(?P<year>(?:19|20)\d\d)"
_RANGE: Final = r"\s*(?:-|to|and|through|until)\s*"
_WEEKDAY: Final = r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_NUMBER: Final = r"(?P<number>\d+|" + "|".join(NUMBER_WORDS) + r")"

# (?=[...]) after a first \b: the letters a match can open with (same matches, found faster)
_PATTERNS: Final[list[tuple[str, re.Pattern[str]]]] = [(name, re.compile(rx, re.IGNORECASE)) for name, rx in [
    ("iso", r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
    ("month_day_month_day", rf"\b{_MONTH}\s+{_DAY}{_RANGE}{_MONTH2}\s+{_DAY2}(?:,?\s+{_YEAR})?\b"),
    ("month_day", rf"\b{_MONTH}\s+{_DAY}(?:{_RANGE}{_DAY2})?(?:,?\s+{_YEAR}|\s+(?P<which>last|this|next)\s+year)?\b(?!:)"),
    ("day_month", rf"\b{_DAY}(?:{_RANGE}{_DAY2})?\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b"),
    ("month_year", rf"\b(?P<part>early|mid|late|mid-|end of|the end of|the start of|the beginning of)?\s*{_MONTH}\s+(?:of\s+)?{_YEAR}\b"),
    # "in April last year": the month of the year before publication, not the whole year
    ("month_of_year", rf"\b(?:(?:in|during|by|until|early|mid|late|mid-|end of|the end of|the start of)\s+)?{_MONTH}\s+(?:of\s+)?(?P<which>last|this|next)\s+year\b"),
    # "in mid-February": the hyphen joins "mid" to the month with no blank
    ("in_month", rf"\b(?=[idbutlnem])(?:(?:in|during|by|until|through|throughout|last|this|next|that|early|mid|late|end of|the end of|the start of)\s+|mid-){_MONTH}\b(?!\.?\s+\d)"),
    ("year", rf"\b(?:(?:in|since|during|by|until|through|throughout|of|early|mid|late|the end of|the start of|the beginning of)\s+|mid-){_YEAR}\b(?!-)"),
    ("relative_day", r"\b(?P<rel>today|tonight|yesterday|tomorrow|this morning|this afternoon|this evening|last night|earlier today|overnight)\b"),
    ("weekday", rf"\b(?=[lnteomwfs]|\s)(?P<which>last|next|this|on|on last|on next|late|early)?\s*{_WEEKDAY}(?P<lastweek>\s+(?:of\s+)?last\s+week)?\b"),
    ("ago", rf"\b(?=[\daefnost]){_NUMBER}\s+(?P<unit>days?|weeks?|months?|years?)\s+(?:ago|earlier|before)\b"),
    ("after", rf"\b(?=[\daefnost]){_NUMBER}\s+(?P<unit>days?|weeks?|months?|years?)\s+after\b"),
    ("later", rf"\b(?=[\daefnost]){_NUMBER}\s+(?P<unit>days?|weeks?|months?|years?)\s+later\b"),
    ("relative_period", r"\b(?=[ltnepcaod])(?P<which>last|this|next|earlier this|later this|previous|past|coming|the previous|the past|the coming|the following|a|over the|at the|during the)\s+(?P<unit>week|month|year|weekend)\b"),
]]

_LOWER_CASE_PATTERNS: Final = [(name, re.compile(pattern.pattern)) for name, pattern in _PATTERNS]


# "since" shortly before a date, with no punctuation in between.
SINCE_BEFORE: Final = re.compile(r"\bsince\b[^,;.:]*$", re.IGNORECASE)


# ", who announced ... in 2016,": a relative clause set off by commas, an aside about a name.
ASIDE: Final = re.compile(r",\s+wh(?:o|ose|ich)\b[^,;.]*,")


# "this year", "last year", "this March": a year told from the report's own.
_RELATIVE_YEAR: Final = re.compile(r"\b(?:(?P<which>this|last) year|this (?P<month>" + "|".join(
    sorted(MONTHS, key=len, reverse=True)) + r"))\b", re.IGNORECASE)


def relative_years(sentence: str, published: date | None) -> list[tuple[int, int]]:
    """Where the sentence tells a year from the publication date's, and which year; not in an
    aside about a name ("Meloni, who became prime minister last year, ...")."""
    if published is None or not ("year" in sentence or "this " in sentence or "This " in sentence) or (
            sentence.isascii() and "this " not in (lower := lower_case(sentence)) and "last " not in lower):
        return []  # (an ASCII sentence's matches have "this " or "last " lower-cased)
    asides = [(m.start(), m.end()) for m in ASIDE.finditer(sentence)] if ", wh" in sentence else []
    found = []
    for match in _RELATIVE_YEAR.finditer(sentence):
        if match.group("month") and not match.group("month")[0].isupper():
            continue  # "this may": no month
        if any(start < match.start() < end for start, end in asides):
            continue
        last = (match.group("which") or "").lower() == "last"
        found.append((match.start(), published.year - 1 if last else published.year))
    return found


def month_end(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def _nearest_year(month: int, day: int, published: date, future: bool, ahead_cost: int = 120) -> int:
    """The year that puts month/day closest to publication, leaning past unless ``future``."""
    best_year, best_cost = published.year, None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidate = date(year, month, min(day, calendar.monthrange(year, month)[1]))
        except ValueError:
            continue
        delta = (candidate - published).days
        # A date somewhat after publication reads as the future only in a future sentence.
        cost = abs(delta) + (0 if future or delta <= 7 else ahead_cost) + (0 if not future or delta >= -2 else 120)
        if best_cost is None or cost < best_cost:
            best_year, best_cost = year, cost
    return best_year


def _story_year(year: int | None, month: int, day: int, published: date, future: bool) -> int | None:
    """The narrative's year for a month with none, unless a past reading would put the day well
    after publication ("said in December" in a January report of a year already named)."""
    if year is None or future or year != published.year:
        return year
    return None if (month, day) > (published.month, published.day + 7) else year


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _week_of(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def _back(count: int, unit: str, reference: date) -> DateSpan | None:
    """The day, week, month or year ``count`` units before ``reference`` (after it, when
    ``count`` is negative)."""
    days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit] * count
    if days >= (reference - date.min).days or -days >= (date.max - reference).days:
        return None  # "5000 years ago": before the first day a date can hold
    day = reference - timedelta(days=days)
    if unit == "day":
        return DateSpan(day, day, "day", "relative")
    if unit == "week":
        return DateSpan(*_week_of(day), "week", "relative")
    if unit == "month":
        return DateSpan(date(day.year, day.month, 1), month_end(day.year, day.month), "month", "relative")
    return DateSpan(date(day.year, 1, 1), date(day.year, 12, 31), "year", "relative")


def _resolve(name: str, match: re.Match[str], published: date, future: bool,
             narrative_year: int | None = None) -> DateSpan | None:
    groups = {key: (value.lower() if isinstance(value, str) else value)
              for key, value in match.groupdict().items()}
    if name == "iso":
        day = _safe_date(int(groups["year"]), int(groups["month"]), int(groups["day"]))
        return DateSpan(day, day, "day", "stated") if day else None
    if name in ("month_day", "day_month", "month_day_month_day"):
        month = MONTHS[groups["month"]]
        month2 = MONTHS[groups["month2"]] if groups.get("month2") else month
        first, last = int(groups["day"]), int(groups["day2"] or groups["day"])
        if groups.get("year"):
            year = int(groups["year"])
        elif groups.get("which"):  # "on Nov. 17 last year"
            year = published.year + {"last": -1, "this": 0, "next": 1}[groups["which"]]
        else:
            year = _story_year(narrative_year, month, first, published, future) or _nearest_year(month, first, published, future)
        start, end = _safe_date(year, month, first), _safe_date(year, month2, last)
        if start is None or end is None or end < start or (end - start).days > 31:
            return None
        return DateSpan(start, end, "day", "stated")
    if name == "month_year":
        month, year = MONTHS[groups["month"]], int(groups["year"])
        return DateSpan(date(year, month, 1), month_end(year, month), "month", "stated")
    if name == "month_of_year":
        month = MONTHS[groups["month"]]
        year = published.year + {"last": -1, "this": 0, "next": 1}[groups["which"]]
        return DateSpan(date(year, month, 1), month_end(year, month), "month", "relative")
    if name == "in_month":
        month = MONTHS[groups["month"]]
        # a whole month named in a sentence not about the future is behind the report
        year = _story_year(narrative_year, month, 1, published, future) or _nearest_year(month, 15, published, future, 400)
        text = match.group().lower()
        if text.startswith("this "):  # "this March": of the report's year
            year = published.year
        elif text.startswith("last "):
            year = published.year if month < published.month else published.year - 1
        elif text.startswith("next "):
            year = published.year if month > published.month else published.year + 1
        return DateSpan(date(year, month, 1), month_end(year, month), "month", "stated")
    if name == "year":
        year = int(groups["year"])
        return DateSpan(date(year, 1, 1), date(year, 12, 31), "year", "stated")
    if name == "relative_day":
        offset = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(groups["rel"], 0)
        day = published + timedelta(days=offset)
        return DateSpan(day, day, "day", "relative")
    if name == "weekday":
        target = WEEKDAYS[groups["weekday"]]
        which = (groups.get("which") or "").replace("on ", "").strip()
        back = (published.weekday() - target) % 7
        if groups.get("lastweek"):  # "on Friday last week": that day of the week before
            day = published - timedelta(days=published.weekday() + 7 - target)
        elif which == "next" or (future and which != "last"):
            ahead = (target - published.weekday()) % 7 or (7 if which == "next" else 0)
            day = published + timedelta(days=ahead)
        else:
            day = published - timedelta(days=back or (7 if which == "last" else 0))
        return DateSpan(day, day, "day", "relative")
    if name in ("ago", "after", "later"):
        raw = groups["number"]
        count = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
        return _back(-count if name == "later" else count, groups["unit"].rstrip("s"), published)
    if name == "relative_period":
        which, unit = groups["which"].replace("the ", ""), groups["unit"]
        step = {"last": -1, "previous": -1, "past": -1, "this": 0, "earlier this": 0,
                "later this": 0, "next": 1, "coming": 1, "following": None, "a": None,
                "over the": 0, "at the": 0, "during the": 0}[which]
        if step is None or (which in ("over the", "at the", "during the") and unit != "weekend"):
            return None  # "a week", "over the year": a duration; "the following month" counts on from the story
        if unit == "weekend":
            saturday = published - timedelta(days=(published.weekday() - 5) % 7)
            if step > 0 or (step == 0 and future):
                saturday += timedelta(days=7 if saturday <= published else 0)
            return DateSpan(saturday, saturday + timedelta(days=1), "day", "relative")
        if unit == "week":
            start, end = _week_of(published + timedelta(days=7 * step))
            return DateSpan(start, end, "week", "relative")
        if unit == "month":
            month_index = published.year * 12 + published.month - 1 + step
            year, month = divmod(month_index, 12)
            start, end = date(year, month + 1, 1), month_end(year, month + 1)
            if which == "earlier this":
                end = published
            elif which == "later this":
                start = published
            return DateSpan(start, end, "month", "relative")
        year = published.year + step
        start, end = date(year, 1, 1), date(year, 12, 31)
        if which == "earlier this":
            end = published
        elif which == "later this":
            start = published
        return DateSpan(start, end, "year", "relative")
    return None


EXPLICIT_YEAR: Final = re.compile(r"\b(?:19|20)\d\d\b")


# Cheap tests, one per kind of cue (a whole run of letters, all found in one automaton scan).
_CUE_WORDS: Final = {
    "month": frozenset(MONTHS),
    "weekday": frozenset(WEEKDAYS),
    "relative_day": frozenset("today tonight yesterday tomorrow this last earlier overnight".split()),
    "ago": frozenset("ago earlier before".split()),
    "after": frozenset(("after",)),
    "later": frozenset(("later",)),
    "period": frozenset("week month year weekend".split()),
    # the unit of a counted interval ("two days ago", "a year after"): its pattern tries every
    # word of a sentence ("a", "an", a number) and is slow on the many sentences without one
    "unit": frozenset(["day", "days", "week", "weeks", "month", "months", "year", "years"]),
}
_CUES: Final = DateCues(_CUE_WORDS, {
    "iso": ("century",), "month_day_month_day": ("month", "digit"), "month_day": ("month", "digit"),
    "day_month": ("month", "digit"), "month_year": ("month", "century"), "in_month": ("month",),
    "month_of_year": ("month", "period"),
    "year": ("century",), "relative_day": ("relative_day",), "weekday": ("weekday",),
    "ago": ("ago", "unit"), "after": ("after", "unit"), "later": ("later", "unit"), "relative_period": ("period",),
})


def _date_matches(text: str, published: date | None) -> list[tuple[str, re.Match[str]]]:
    """Every date expression a pattern finds, before resolving: one scan serves both the past
    and the future reading of the sentence."""
    stand_in = ascii_stand_in(text)  # ASCII text lower-cased, or a stand-in with the same matches
    ascii_text = stand_in is not None
    lower = stand_in if stand_in is not None else text.lower()
    present = _CUES.present(lower if ascii_text else text, lower, ascii_text)
    if not present:
        return []  # every pattern needs a cue: most sentences name no date at all
    # ASCII text (or its stand-in) is searched lower-cased with case-sensitive patterns: the same
    # matches, twice as fast as ignoring case. Matched words are lower case then; the original
    # is in ``text``.
    patterns = _LOWER_CASE_PATTERNS if ascii_text else _PATTERNS
    found = []
    for name, pattern in patterns:
        need = _CUES.needs[name]
        if present & need != need or (ascii_text and not may_count_interval(lower, name)):
            continue  # a counted interval's pattern, searched lower-cased, also needs its unit before its word
        if name == "iso" and "-" not in lower:
            continue  # "2023-03-22": every match holds a hyphen, most sentences with a year none
        # lower-cased: tried only where a match may start (the same matches, fewer positions tried)
        matches = window_matches(pattern, lower, name) if ascii_text else list(pattern.finditer(text))
        for match in matches:
            groups = match.groupdict()
            if published is None and name not in ("iso", "month_year", "year") and not groups.get("year"):
                continue
            month_word = groups.get("month")
            if month_word and ascii_text:
                month_word = text[match.start("month"):match.end("month")]
            if month_word and month_word[0].isalpha() and month_word[0].islower():
                continue  # "may", "march" in lower case are verbs, not months
            if name == "in_month" and match.group("month").lower() == "may" and not match.group().lower().startswith(("in ", "during ", "by ", "until ", "through", "early", "mid", "late", "last", "next", "end", "the end", "the start")):
                continue
            before = text[max(0, match.start() - 40):match.start()]
            since = text[match.start():match.start() + 5].lower() == "since" or (
                "since" in before.casefold() and SINCE_BEFORE.search(before) is not None)
            if since and not text.startswith(", when ", match.end()):
                # "the first trip since he took power in 2011": a reference point; but "frozen
                # since 2013, when the two withdrew their ambassadors": 2013 dates the withdrawal
                continue
            found.append((name, match))
    return found


# Verbs of the past whose date a following date is ("announced on Sunday that it would ..."),
# even in a sentence about the future.
_PAST_VERBS: Final = frozenset({"said", "announced", "told", "stated", "declared", "confirmed", "revealed", "decided",
                                "agreed", "pledged", "promised", "vowed", "warned", "signed", "ordered", "wrote"})


def _after_past_verb(text: str, start: int) -> bool:
    words = text[max(0, start - 20):start].split()
    return bool(words) and words[-1].lower() in _PAST_VERBS


def _opens_past_clause(text: str, start: int, end: int) -> bool:
    """"In December his government said it would ...": a date opening the sentence dates the
    past verb of its main clause."""
    if text[:start].strip():
        return False
    return any(word.lower() in _PAST_VERBS for word in text[end:end + 40].split()[:4])


def _resolved(text: str, matches: list[tuple[str, re.Match[str]]], published: date | None, future: bool,
              narrative_year: int | None) -> list[DateMention]:
    if not matches:
        return []  # most sentences name no date
    reference = published or date.today()
    years = ([(m.start(), int(m.group())) for m in EXPLICIT_YEAR.finditer(text)]
             if "19" in text or "20" in text else [])
    # "held talks last year, the first in Cairo in May": a year told from the report's, too
    years = sorted(years + relative_years(text, published)) if published is not None else years
    found: list[DateMention] = []
    intervals: list[re.Match[str]] = []
    for name, match in matches:
        if name in ("after", "later"):
            intervals.append(match)
            continue
        earlier = [year for position, year in years if position < match.start()]
        story_year = earlier[-1] if earlier else narrative_year
        if story_year is not None and published is not None and story_year > published.year:
            story_year = None
        ahead = future and not _after_past_verb(text, match.start()) and not _opens_past_clause(
            text, match.start(), match.end())
        span = _resolve(name, match, reference, ahead, story_year)
        if span is not None:
            found.append(DateMention(match.start(), match.end(), text[match.start():match.end()], span))
    for match in intervals:
        # "on Tuesday, a day after Ottawa expelled ...": counted back from the day the sentence
        # names before it, else from publication
        days = [m for m in found if m.end <= match.start() and m.span.precision == "day"]
        later = match.group().lower().endswith("later")
        if later and not days:
            continue  # "Days later he flew": counted on from an earlier sentence (counted_dates.py)
        # "received in Jeddah on April 12, and six days later ... held talks": counted on from it
        anchor = max(days, key=_start_of).span.start if days else reference
        span = _resolve("later" if later else "after", match, anchor, future, None)
        if later and span is not None:
            if span.start > reference:
                continue  # a count past the report's day: no reading of it is safe
            # as firm as the day it counts from, which it follows
            span = DateSpan(span.start, span.end, span.precision, max(days, key=_start_of).span.basis)
        if span is not None:
            found.append(DateMention(match.start(), match.end(), text[match.start():match.end()], span))
    found.sort(key=_longest_first)
    chosen: list[DateMention] = []
    for mention in found:
        if chosen and mention.start < chosen[-1].end:
            continue
        chosen.append(mention)
    return chosen


# Sort keys as module functions, not lambdas: compiled, a lambda makes a closure on every call.
def _start_of(mention: DateMention) -> int:
    return mention.start


def _longest_first(mention: DateMention) -> tuple[int, int]:
    """By start, the longest first where two start together."""
    return mention.start, -(mention.end - mention.start)


def find_dates(text: str, published: date | None, future: bool = False,
               narrative_year: int | None = None) -> list[DateMention]:
    """Date expressions in ``text``, longest first where they overlap, in text order.

    ``future`` says the sentence speaks of the future ("will travel on Friday"), so a bare
    weekday or month resolves forwards instead of backwards. A month with no year takes the
    year the narrative is in: one written earlier in the text ("in July 2023 ..., and in
    September ...") or ``narrative_year`` from the sentences before. Without a publication
    date only dates that carry their own year can be resolved.
    """
    return _resolved(text, _date_matches(text, published), published, future, narrative_year)


def latest_stated_day(text: str) -> date | None:
    """The latest day ``text`` states in full, year and all ("on 10 August 2015"): for a page
    that gives no publication date, the nearest thing to the day it was written. None when the
    text names a later year ("the 2006 treaty ... cooperation for 2017 to 2019"): then that
    day is history, and the page's own day unknown; a year told as still ahead ("will visit in
    2025", "until 2028") does not count."""
    latest = max((m.span.start for m in find_dates(text, None) if m.span.precision == "day"), default=None)
    if latest is None or any(year > latest.year for year in years_not_ahead(text)):
        return None
    return latest


# "at the end of a two-day visit", "wrapped up a two-day state visit", "ended his three-day
# visit", "on the second day of a state visit": the day named is not the visit's first.
_DAY_OF_VISIT: Final = re.compile(r"\b(?:at the end of|conclud(?:ing|ed|es)|wrap(?:ping|ped|s) up|end(?:ing|ed|s)"
                                  r"|on the last day of) (?:an?|his|her|their) "
                                  r"(?P<length>two|three|four|five|[2-5])-day\b|\bthe (?P<nth>second|third|fourth) day of\b",
                                  re.IGNORECASE)
_NTH: Final = {"second": 1, "third": 2, "fourth": 3}


def days_into_visit(text: str) -> int:
    """How many days after the visit's first the day a sentence names is (0 when it does not say)."""
    match = _DAY_OF_VISIT.search(text) if "-day" in (folded := text.casefold()) or "day of" in folded else None
    if match is None:
        return 0
    if match.group("nth"):
        return _NTH[match.group("nth").lower()]
    length = match.group("length").lower()
    return (int(length) if length.isdigit() else NUMBER_WORDS[length]) - 1


class SentenceDates:
    """The date expressions of one sentence read looking back (``past``) and looking forward
    (``ahead``), from one scan, each resolved only when first asked for. Offsets are shifted
    by ``offset`` (the sentence's start in the article)."""

    def __init__(self, text: str, published: date | None, narrative_year: int | None, offset: int = 0) -> None:
        self.text, self.published, self.narrative_year, self.offset = text, published, narrative_year, offset
        # Cached by hand: compiled, functools.cached_property becomes a plain property that
        # would scan the sentence again on every read.
        self._found: list[tuple[str, re.Match[str]]] | None = None
        self._past: list[DateMention] | None = None
        self._ahead: list[DateMention] | None = None

    def _matches(self) -> list[tuple[str, re.Match[str]]]:
        if self._found is None:
            self._found = _date_matches(self.text, self.published)
        return self._found

    @property
    def past(self) -> list[DateMention]:
        if self._past is None:
            self._past = self._shifted(_resolved(self.text, self._matches(), self.published, False, self.narrative_year))
        return self._past

    @property
    def ahead(self) -> list[DateMention]:
        if self._ahead is None:
            self._ahead = self._shifted(_resolved(self.text, self._matches(), self.published, True, None))
        return self._ahead

    def _shifted(self, mentions: list[DateMention]) -> list[DateMention]:
        if not self.offset:
            return mentions
        return [DateMention(m.start + self.offset, m.end + self.offset, m.text, m.span) for m in mentions]
