"""The year a story is in, sentence by sentence: the last year a sentence names ("in 2016",
"In January this year") carries on to the months and days of the next ones that name none,
until the story comes back to the report's present ("They have exchanged data since ...")."""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from dashboard.extract.dates import ASIDE, EXPLICIT_YEAR, SINCE_BEFORE, relative_years


def narrative_year_of(sentence: str, published: date | None) -> int | None:
    """The year a sentence leaves the story in: its last explicit year not after publication,
    or the publication year when that year opens a period up to now ("since 2022"); a year
    told from the report's ("In January this year") when it comes after that. ("Last year" is
    not carried on: a story goes on from it into the report's year, "offered last year ...
    authorised in October ... ruled in January".)"""
    relative = [(at, year) for at, year in relative_years(sentence, published)
                if published is not None and year == published.year]
    explicit = _explicit_narrative_year(sentence, published)
    if explicit is not None and back_to_present(sentence[explicit[0]:]):
        explicit = None  # "ruled in 2016 ..., a decision Beijing has always rejected": back in the present
    if relative and (explicit is None or relative[-1][0] > explicit[0]):
        return relative[-1][1]
    return explicit[1] if explicit is not None else None


def _explicit_narrative_year(sentence: str, published: date | None) -> tuple[int, int] | None:
    """Where the last explicit year a sentence leaves the story in is, and that year."""
    if "19" not in sentence and "20" not in sentence:
        return None  # no year can be there (a cheap test: most sentences have none)
    asides = [(m.start(), m.end()) for m in ASIDE.finditer(sentence)] if ", wh" in sentence else []
    for match in reversed(list(EXPLICIT_YEAR.finditer(sentence))):
        year = int(match.group())
        if any(start < match.start() < end for start, end in asides):
            continue  # "Duterte, who ... in October 2016, had also tried ...": background of a name
        if published is not None and year > published.year:
            continue
        if published is not None and SINCE_BEFORE.search(sentence, max(0, match.start() - 60), match.start()):
            return match.start(), published.year
        return match.start(), year
    return None


# "have continued", "has since been": the present perfect tells from the time of the report.
_PERFECT: Final = re.compile(r"\b(?:has|have)\s+(?:(?:since|not|also|always|never|long|repeatedly)\s+)?(?:been|\w+ed)\b")


def back_to_present(sentence: str) -> bool:
    """Whether a sentence is told in the present perfect, so the year earlier sentences left
    the story in does not carry into it ("... signed in 2016. They have exchanged data since
    August, including after the launch on Oct. 31")."""
    # every match starts with "ha": searched from the first
    return ("has " in sentence or "have " in sentence) and _PERFECT.search(sentence, sentence.find("ha")) is not None
