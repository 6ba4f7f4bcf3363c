"""A publication date read from a page itself, for text that arrives without metadata.

"Published 19 June 2024, 10:42 BST", "By Ana Ruiz | Oct 2, 2021 | 7:05 PM EDT", "Date:
19.06.2024": a line near the top where a date stands with a label or a clock time and at most a
byline's few words, or a bare date under a release's title. A date inside a story sentence or a
title is never taken: it says when something happened.
Text exported from a crawl store opens with the day the page was stored ("date 2024-07-09 "),
and many addresses hold the day a story went up (".../2020/08/21/...", "/25-Dec-2018/").
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

_MONTHS = {name: number for number, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
    ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
    ("oct", "october"), ("nov", "november"), ("dec", "december")), start=1) for name in names}
_MONTH = r"(?P<{}>[A-Za-z]{{3,9}})\.?"
# A date as page furniture writes it: "19 June 2024", "19 Jun, 2024", "June 19, 2024", "June 9 , 2019",
# "2024-06-19" (also as an ISO timestamp), "19.06.2024", "6/19/2024", "2024/06/19", "19-06-2024".
_DAY = re.compile(
    r"\b(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)? " + _MONTH.format("m1") + r" ?,? (?P<y1>\d{4})"
    r"|" + _MONTH.format("m2") + r" (?P<d2>\d{1,2})(?:st|nd|rd|th)? ?,? (?P<y2>\d{4})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})"
    r"|(?P<d4>\d{1,2})\.(?P<m4>\d{1,2})\.(?P<y4>\d{4})"
    r"|(?P<a5>\d{1,2})/(?P<b5>\d{1,2})/(?P<y5>\d{4})"
    r"|(?P<y6>\d{4})/(?P<m6>\d{1,2})/(?P<d6>\d{1,2})"
    r"|(?P<d7>\d{1,2})-(?P<m7>\d{1,2})-(?P<y7>\d{4}))(?!\d(?!\d?:\d\d))")  # "201511:59": a clock glued on
_LABEL = re.compile(r"\b(?:published|updated|posted|modified|dated?|issued|release date|min(?:ute)?s? read)\b|^by\b",
                    re.IGNORECASE)
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?(?! ?\d)|\bT\d{2}:\d{2}")
# What may stand beside a bare date on its line: weekdays, "at", time zones, agency names, a
# printed edition's page ("Wednesday, February 16, 2005; Page A14").
_FILLER = re.compile(r"(?i:\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\bat\b|[ap]\.?m\b\.?)|\b[A-Z]{2,5}\b"
                     r"|\b(?:Page|PAGE|Pg\.|p\.) ?[A-Z]?\d{1,3}[A-Z]?\b|[^\w\s]")
# Only the top of a page carries its own timestamp.
TOP_LINES = 12
BARE_DATE_LINES = 4
# A site's menus may push the stamp further down: lines with no story sentence above it.
MENU_LINES = 40
MAX_LINE_CHARS = 90
# Words a timestamp line may hold besides its label, date and time: "By Jane Doe |", "Web desk |".
_BYLINE_WORDS = 3


# The crawl store's opening: the day the page was stored, before its first line. Some openings
# give the month only ("date 2024-06 "): no day to take, but still no part of the headline.
_STORE_OPENING = re.compile(r" ?date (\d{4})-(\d{2})-(\d{2}) ")
_STORE_OPENING_ANY = re.compile(r" ?date \d{4}-\d{2}(?:-\d{2})? ")
# A day in an address: "/2020/08/21/", "/2022/may/20/", "-2024-07-09-", "/25-Dec-2018/".
# "-20130506-story", "_20130506.html" or "?StoryID=20130506-0303": the same day written without
# separators; "/2008jul22/": with the month as a word.
# "/2007/WORLD/europe/07/16/": the year, then up to three section folders, then month and day.
_URL_DAY = re.compile(r"[/_-](?P<y1>(?:19|20)\d{2})[/_-](?P<m1>[01]?\d|[A-Za-z]{3,9})[/_-](?P<d1>[0-3]?\d)(?=[/_.-]|$)"
                      r"|/(?P<d2>[0-3]?\d)-(?P<m2>[A-Za-z]{3,9})-(?P<y2>(?:19|20)\d{2})(?=[/_.-]|$)"
                      r"|[/_=-](?P<y3>(?:19|20)\d{2})(?P<m3>[01]\d|[A-Za-z]{3})(?P<d3>[0-3]\d)(?=[/_.&-]|$)"
                      r"|/(?P<y4>(?:19|20)\d{2})/(?:[A-Za-z][\w-]*/){1,3}(?P<m4>[01]?\d)/(?P<d4>[0-3]?\d)(?=/|$)")


def after_store_opening(line: str) -> str:
    """``line`` without the crawl store's opening ("date 2024-07-09 "), which is no part of the
    page's first line (its headline); a month-only opening ("date 2024-06 ") too."""
    stored = _STORE_OPENING_ANY.match(line)
    return line if stored is None else line[stored.end():]


def published_in_text(text: str) -> date | None:
    """The day of the crawl store's opening, else of the first timestamp line among the first
    lines of ``text``; None if neither."""
    stored = _STORE_OPENING.match(text)
    if stored is not None:
        return _valid(int(stored.group(1)), int(stored.group(2)), int(stored.group(3)))
    first = None  # the first stamp; a later labelled one naming an earlier day may replace it
    lines = 0
    told = False  # whether a line of the story came before: a lone date after one heads history
    read_time = False  # whether the line before gave a reading time ("4 min read"), as a stamp's neighbour
    clocked = False  # whether the first stamp gave a time of day and no label: a site's clock may have shown it
    stacked: str | None = None  # the lines under a label alone on its line ("Posted On"), joined
    for line in text.split("\n", 60)[:60]:
        # "| 2010/07/19 00:00": a field of a byline bar; "\u2022 Feb 14th, 2004": one of a list's
        stripped = line.strip().lstrip("|\u2022\u00b7\u25aa").lstrip()
        if _GLUED_MONTH.search(stripped) is not None:  # "BBC NewsJuly 10, 1999": a scrape's lost space
            stripped = _GLUED_MONTH.sub(" ", stripped)
        if not stripped:
            continue
        lines += 1
        if lines > TOP_LINES and (first is not None or told or lines > MENU_LINES):
            return first
        if not (stripped[0].isalnum() or stripped[0] == "("):
            continue
        if "1970" in stripped:
            stripped = _without_unset_stamps(stripped)
        if first is not None:
            # "Wednesday, 24 April 2024, 06:40:09 pm" atop, the story's own "August 02, 2018" under
            # its headline: the first was the site's clock
            later = _labelled_day(stripped) or (_timestamp_day(stripped, 0) if clocked and not told else None)
            first = later if later is not None and later < first else first
            told = told or _SENTENCE.search(stripped) is not None
            continue
        if stacked is not None:  # "Posted On" over "23", "September", "2021"
            stacked = f"{stacked} {stripped}".lstrip()
            day = _timestamp_day(stacked, 1) if len(stacked) <= MAX_LINE_CHARS else None
            if day is not None:
                first = day
                continue
            stacked = stacked if stacked.count(" ") < _STACKED_LINES - 1 else None
        if _LABEL_ALONE.fullmatch(stripped) is not None:
            stacked = ""
            continue
        alone = _ALONE if told and not read_time else _ALONE_ABOVE_STORY
        day = _timestamp_day(stripped, alone[lines <= BARE_DATE_LINES]) if len(stripped) <= MAX_LINE_CHARS else None
        if day is None:
            day = (_field_day(stripped) or _glued_day(stripped) or _dateline_day(stripped)
                   or _placed_dateline_day(stripped))
        if day is not None:
            first = day
            clocked = _CLOCK.search(stripped) is not None and _LABEL.search(stripped) is None
            continue
        read_time = _READ_TIME.fullmatch(stripped) is not None
        told = told or _SENTENCE.search(stripped) is not None
    return first


# A label alone on its line, the page's date on the lines below it ("Date(s)" over
# "\u2022 1998-07-10 (Creation)"; "Posted On" over "23", "September" and "2021").
_LABEL_ALONE: Final = re.compile(r"(?:Published|Posted|Updated|Date|Dated|Release date)(?: [Oo]n)?(?:\(s\)|s)?:?",
                                 re.IGNORECASE)
_STACKED_LINES: Final = 3


# A month's name glued to the word before it, the day and year after it.
_GLUED_MONTH: Final = re.compile(r"(?<=[a-z])(?=(?:January|February|March|April|May|June|July|August|September"
                                 r"|October|November|December) \d{1,2},? \d{4}\b)")


def _labelled_day(line: str) -> date | None:
    """The day of a stamp line with a label or a clock ("Updated: Dec 5, 2006 16:36", "By Jane
    Doe May 2, 2021"), not a bare date. Below the first stamp of a page, one naming an earlier
    day shows the first was the site's own clock ("Wednesday, Nov 21, 2018" atop every page) or
    a site-wide update: a story goes up before any later stamp of its own."""
    if len(line) > MAX_LINE_CHARS:
        return None
    return _timestamp_day(line, -1) or _field_day(line)


# How many days a page's top stamp may fall after the day its address holds and still be the
# story's own (a correction a few days on); one further on is the day the page was shown or
# stored, and the address keeps the day the story went up.
_ADDRESS_SLACK: Final = 30


def published_on_page(text: str, url: str | None) -> date | None:
    """The day a page shows as its own: its top stamp, else the day its address holds; the
    address's day too when the stamp falls more than ``_ADDRESS_SLACK`` days after it."""
    stamped, address = published_in_text(text), published_in_url(url)
    if stamped is None or (address is not None and (stamped - address).days > _ADDRESS_SLACK):
        return address
    return stamped


# A page's reading-time line ("2 min read", "5 minute read"): the page's own stamp stands beside it.
_READ_TIME: Final = re.compile(r"\d{1,2} ?min(?:ute)?s?\.? read", re.IGNORECASE)


# How many words may stand beside a bare date, by whether its line is one of the first few: near
# the very top one ("(19 Jun 2024) AFP"); further down, above the story, none (a date alone
# under the site's navigation: "Tuesday, 13 October 2009"); below a line of the story, none is
# a stamp.
_ALONE: Final = (-1, 1)
_ALONE_ABOVE_STORY: Final = (0, 1)
# A line of the story: words closed by a stop.
_SENTENCE: Final = re.compile(r"\S\s+\S+[.!?][\"'\u201d\u2019)]?$")


# "Miami Herald | June 29, 2005 | By Jane Doe", "Jane Doe | Islamabad 14 July 2010": a byline's
# fields, one of them a date with at most a place beside it.
_FIELD_WORDS: Final = 1
_FIELDS_MAX_CHARS: Final = 160


def _field_day(line: str) -> date | None:
    """The date that fills one field of a line of "|"-separated byline fields."""
    if "|" not in line or len(line) > _FIELDS_MAX_CHARS:
        return None
    for part in line.split("|"):
        match = _DAY.search(part)
        if match is None:
            continue
        rest = _FILLER.sub(" ", _CLOCK.sub(" ", part[:match.start()] + " " + part[match.end():]))
        if len(rest.split()) <= _FIELD_WORDS:
            return _day_of(match)
    return None


# After a date opening a line, what makes it a release's dateline: an optional "(PLACE)", then
# a dash before the first words ("August 8, 2013 - The minister ...", "03.08.2016 - Press release").
_DATELINE_DASH: Final = re.compile(r"[ \t]*(?:\([A-Z][A-Za-z .'-]{1,40}\)[ \t]*)?(?:--?|\u2013|\u2014)(?![\d-])")


def _dateline_day(line: str) -> date | None:
    """The full date of a date-first dateline opening a line near the top ("November 17, 2009
    (KHARTOUM) - The envoy ...", "03.08.2016 - Press release"): the day the release was filed."""
    match = _DAY.match(line)
    if match is None or _DATELINE_DASH.match(line, match.end()) is None:
        return None
    return _day_of(match)


# A wire dateline with the full date after the place, then the agency and a dash: "Kyiv, 30 May
# 1997 (RFE/RL) -", "ISTANBUL, December 22, 2010 (AFP) \u2013", "MOSCOW, March 17, 2004. (RIA Novosti) -".
_PLACED_DATELINE: Final = re.compile(r"[A-Z][A-Za-z.'/ -]{1,40}, ")
_PLACED_TAIL: Final = re.compile(r"\.?[ \t]*\([A-Za-z][A-Za-z .'/-]{1,30}\)[ \t]*(?:--?|\u2013|\u2014)(?![\d-])")


def _placed_dateline_day(line: str) -> date | None:
    """The full date of a wire dateline that names its place first: the day the report was filed."""
    place = _PLACED_DATELINE.match(line)
    if place is None:
        return None
    match = _DAY.match(line, place.end())
    if match is None or _PLACED_TAIL.match(line, match.end()) is None:
        return None
    return _day_of(match)


def _glued_day(line: str) -> date | None:
    """A page's date stamp the scrape glued to the lede, no space between ("February 19, 2002The
    first observers ..."): a full date opening the line with a capital letter straight after."""
    match = _DAY.match(line)
    if match is None or not line[match.end():match.end() + 1].isupper():
        return None
    return _day_of(match)


# A masthead's founding day ("Since 1st March, 1999", "Established 12 May 1948"): the site's, not the page's.
_FOUNDED: Final = re.compile(r"\b(?:[Ss]ince|SINCE|[Ff]ounded|FOUNDED|[Ee]stablished|ESTABLISHED|[Ee]st\.|EST\.|[Ee]std\.?)\s")


def _timestamp_day(line: str, bare_words: int) -> date | None:
    """The first date of a timestamp line: one with a label ("Updated:", "By ... |") or a clock
    time beside the date and at most a byline's few words, or a date with at most ``bare_words``
    words beside it ("(19 Jun 2024) AFP"). A line with more words is a sentence or a title."""
    match = _DAY.search(line)
    if match is None or _FOUNDED.search(line, 0, match.start()) is not None:
        return None
    rest = line[:match.start()] + " " + line[match.end():]
    stamped = _LABEL.search(rest) is not None or _CLOCK.search(rest) is not None
    words = len(_FILLER.sub(" ", _CLOCK.sub(" ", _LABEL.sub(" ", rest))).split())
    if words > (_BYLINE_WORDS if stamped else bare_words):
        return None
    return _day_of(match)


def published_in_url(url: str | None) -> date | None:
    """The day an address holds (".../2020/08/21/story", "/25-Dec-2018/fm-meets"); None if none."""
    match = _URL_DAY.search(url or "")
    if match is None:
        return None
    number = next(n for n in "1234" if match.group(f"y{n}"))
    month_text = match.group(f"m{number}")
    month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text.lower())
    return _valid(int(match.group(f"y{number}")), month, int(match.group(f"d{number}"))) if month else None


# A month in an address with no day: "/2009/07/", "/2008/july/article64284/". A number must
# close its folder ("/2019/10-things-..." is no month).
_URL_MONTH = re.compile(r"[/_-](?P<y>(?:19|20)\d{2})/(?:(?P<n>0?[1-9]|1[0-2])/|(?P<m>[A-Za-z]{3,9})(?=[/_.-]|$))")


def month_in_url(url: str | None) -> date | None:
    """The first day of the month an address holds without a day; None if none."""
    for match in _URL_MONTH.finditer(url or ""):
        number = match.group("n")
        month = int(number) if number else _MONTHS.get(match.group("m").lower())
        if month:
            return date(int(match.group("y")), month, 1)
    return None


# The first day of Unix time: what a site prints for a time stamp it never set ("Updated: 00:00
# GMT, Jan 1, 1970 | Published: ..."), never a page's own day.
_UNSET_STAMP: Final = date(1970, 1, 1)


def _without_unset_stamps(line: str) -> str:
    """``line`` with every date of ``_UNSET_STAMP`` blanked, so the real stamp beside it is read."""
    for match in reversed(list(_DAY.finditer(line))):
        if _day_of(match) == _UNSET_STAMP:
            line = line[:match.start()] + " " * (match.end() - match.start()) + line[match.end():]
    return line


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None  # "31 February 2024" is no day


def _day_of(match: re.Match[str]) -> date | None:
    if match.group("y5"):
        # "6/19/2024" or "19/6/2024": a number over 12 is the day; else month first, as
        # the sites that write dates with slashes mostly do
        first, second = int(match.group("a5")), int(match.group("b5"))
        return _valid(int(match.group("y5")), *((second, first) if first > 12 else (first, second)))
    for number in "123467":
        year = match.group(f"y{number}")
        if year is None:
            continue
        month_text = match.group(f"m{number}")
        month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text.lower())
        return _valid(int(year), month, int(match.group(f"d{number}"))) if month else None
    return None
