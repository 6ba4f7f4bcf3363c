"""A paragraph that opens on its day sets a scene the next one goes on with: "On Thursday,
Biden signed an order that expelled ten diplomats. ... \\n\\n The administration formally
blamed Russia's intelligence service for the hack." The second paragraph names no day of its
own and tells more of what the same actor did then."""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from dashboard.extract.counted_dates import counts_on
from dashboard.extract.date_roles import open_relative
from dashboard.extract.dates import SentenceDates
from dashboard.extract.model import ExtractedEvent
from dashboard.extract.paragraph_dates import in_present

# A day fronted at the paragraph's start and set off by a comma: "On Thursday, ...",
# "Late on Monday, ...", "On April 15, ...", "Earlier on Sunday, ...".
_FRONTED: Final = re.compile(r"(?:(?:late|early|earlier|later) )?on [A-Z][a-z]+(?: \d{1,2}(?:, \d{4})?)?"
                             r"(?: (?:morning|afternoon|evening|night))?,", re.IGNORECASE)


def scene_of(paragraph: list[SentenceDates]) -> date | None:
    """The day a finished paragraph opens on ("On Thursday, ..."), when its first sentence
    names it at its very start and none of its sentences names another day."""
    if not paragraph:
        return None
    first = paragraph[0]
    mentions = first.past
    if not mentions or mentions[0].span.precision != "day":
        return None
    if not (mentions[0].start == first.offset and _FRONTED.match(first.text)) and not _fronted_phrase(first, mentions[0].start, mentions[0].end):
        return None
    day = mentions[0].span.start
    if any(m.span.precision == "day" and m.span.start != day for dates in paragraph for m in dates.past):
        return None
    return day


# A phrase set before the subject: "Sitting beside Khan in the Oval Office on Monday, Trump said".
_OPENERS: Final = frozenset({"At", "In", "During"})


def _fronted_phrase(first: SentenceDates, start: int, end: int) -> bool:
    """Whether the day closes a phrase the sentence opens with, before its subject and a comma."""
    before = first.text[:start - first.offset]
    words = before.split()
    return (0 < len(before) <= 60 and "," not in before and first.text[end - first.offset:end - first.offset + 1] == ","
            and bool(words) and (words[0].endswith("ing") or words[0] in _OPENERS))


_ASIDES: Final = (", who ", ", which ")


def _in_aside(dates: SentenceDates, start: int, end: int) -> bool:
    """Whether a date sits in a relative clause set off by commas ("Khan, who arrived on
    Saturday, welcomed ..."): it dates the clause, not the scene."""
    return open_relative(dates.text[:start - dates.offset], _ASIDES) >= 0 and "," in dates.text[end - dates.offset:]


def with_scene_day(events: list[ExtractedEvent], earlier: list[ExtractedEvent], paragraph: list[SentenceDates],
                   scene: date | None) -> None:
    """Give asserted events dated only by publication, in a paragraph that names no date so far,
    the day the previous paragraph opened on (``scene``), when an event told on that day has the
    actor of one of them ("Together with the EU and Britain, the Treasury listed ...": all three
    then)."""
    if scene is None or any(not _in_aside(dates, m.start, m.end) for dates in paragraph for m in dates.past):
        return
    todo = [e for e in events if e.date_basis == "published" and e.modality == "asserted" and e.event_type != "visit"]
    if not todo or in_present(todo[0].sentence) or counts_on(todo[0].sentence):
        return
    actors = {e.actor_country for e in earlier if e.date_start == scene and e.date_precision == "day"
              and e.date_basis != "published"}
    if not any(e.actor_country in actors for e in todo):
        return
    for event in todo:  # and the others of the sentence that acted with it ("Together with the EU, ...")
        event.date_start = event.date_end = scene
        event.date_precision, event.date_basis = "day", "relative"
