"""Background told over several sentences: "The rift began on June 5, 2017. Riyadh gave Qatari
diplomats 48 hours to leave." An undated event in a paragraph that has just given a date well
before publication happened then, not on the publication day."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from dashboard.extract.counted_dates import counts_on
from dashboard.extract.dates import DateSpan, SentenceDates
from dashboard.extract.lower_case import lower_case
from dashboard.extract.model import ExtractedEvent
from dashboard.extract.same_day_anchor import day_told_before

# A date at least this long before publication is history, not news of the report: the lede's
# "on Wednesday" does not carry over (the gold sets split on that).
_HISTORY: Final = timedelta(days=7)
# A date inside a subordinate phrase ("after the invasion in February", "the warrant issued in
# March", "noted that China resumed ... on 30 November") dates that phrase, not the scene the
# paragraph tells; so does a counted interval ("a year after many had expected"), and so does a
# plan's ("the summit, which Russia plans to host in July": no history, though read as last July).
_SUBORDINATE: Final = re.compile(r"\b(?:after|since|before|until|following|of|under|issued|would|that"
                                r"|will|plans?|planned|due|expected|scheduled)\b[^,;]*$")
_COUNTED: Final = re.compile(r"\b(?:after|before|later|earlier)\b")
# A participle set off by a comma just before the date ("their partnership, established in
# 2008,"): the date of a noun, not of the paragraph's scene.
_PARTICIPLE: Final = re.compile(r",\s+[a-z]+ed\s+$")
# "have said", "now", "this time": the sentence is back in the present of the report.
_PRESENT: Final = re.compile(r"\b(?:has|have|now|this time|says|say)\b", re.IGNORECASE)
# The same, for ASCII text lower-cased first: twice as fast as ignoring case.
_PRESENT_LOWER: Final = re.compile(_PRESENT.pattern)


def with_paragraph_date(events: list[ExtractedEvent], earlier: list[SentenceDates], published: date | None) -> None:
    """Give asserted events dated only by publication the last date of the nearest earlier
    sentence of the paragraph that has one, when that date is history."""
    if published is None or not earlier:
        return
    todo = [event for event in events if event.date_basis == "published" and event.modality == "asserted"]
    span = _history_told(earlier, published) if todo else None
    if span is None:
        return
    # The sentence tests come last: most paragraphs give no date of history to carry over.
    present: dict[str, bool] = {}  # by sentence: the events of one call mostly share theirs
    for event in todo:
        sentence = event.sentence
        if sentence not in present:
            # "... the following month": counted on from the story (counted_dates.py), not the paragraph's date
            present[sentence] = in_present(sentence) or counts_on(sentence)
        if not present[sentence]:
            event.date_start, event.date_end = span.start, span.end
            event.date_precision, event.date_basis = span.precision, span.basis


def _history_told(earlier: list[SentenceDates], published: date) -> DateSpan | None:
    """The last date of the nearest earlier sentence that names one, when that date is history
    told in the paragraph's main clause."""
    for dates in reversed(earlier):
        mentions = dates.past
        if not mentions:
            continue
        last = mentions[-1]
        span = last.span
        opening = dates.text[:last.start - dates.offset]
        if (published - span.end < _HISTORY or _SUBORDINATE.search(opening)
                or _COUNTED.search(last.text) or _PARTICIPLE.search(opening)):
            return None
        return span
    return None


def in_present(sentence: str) -> bool:
    """Whether the sentence is back in the report's present ("has said", "now", "says")."""
    if sentence.isascii():
        return _PRESENT_LOWER.search(lower_case(sentence)) is not None
    return _PRESENT.search(sentence) is not None


def _last_day_told(earlier: list[SentenceDates]) -> date | None:
    """The last day the paragraph's earlier sentences name ("Matters came to a head last
    Wednesday, when ..."), which "that evening" in the next sentence points back to."""
    for dates in reversed(earlier):
        days = [mention.span.start for mention in dates.past if mention.span.precision == "day"]
        if days:
            return days[-1]
    return None


# "On the same day, Chile recalled its ambassador", "Thailand said that evening that ...",
# "Earlier in the day, Lavrov met ...": the day of the event told just before.
_SAME_DAY: Final = re.compile(r"\b(?:(?:(?:on|that|the) same|that) (?:day|morning|afternoon|evening|night)"
                             r"|(?:earlier|later) in the day)\b", re.IGNORECASE)
_SAME_DAY_PHRASES: Final = tuple(f"{lead} {word}" for lead in ("same", "that")
                                 for word in ("day", "morning", "afternoon", "evening", "night")) + ("in the day",)


def told_on_the_same_day(sentence: str) -> bool:
    """Whether the sentence says its events happened on the day told before; plain word tests
    first, the case-blind pattern only when they pass."""
    if not (("same " in sentence or "that " in sentence or "in the day" in sentence)
            and any(word in sentence for word in ("day", "morning", "evening", "night", "afternoon"))):
        return False
    if sentence.isascii():
        low = lower_case(sentence)
        if not any(phrase in low for phrase in _SAME_DAY_PHRASES):
            return False  # ASCII: the pattern needs one of these in the lowered text
    return _SAME_DAY.search(sentence) is not None


def in_the_day(sentence: str) -> bool:
    """Whether the sentence says "earlier in the day" or "later in the day"."""
    return "in the day" in sentence and _IN_THE_DAY.search(sentence) is not None


_IN_THE_DAY: Final = re.compile(r"\b(?:earlier|later) in the day\b", re.IGNORECASE)


def date_as_before(events: list[ExtractedEvent], earlier: list[ExtractedEvent],
                   paragraph: list[SentenceDates] | None = None, text: str | None = None) -> None:
    """Give events dated only by publication the day told before (same_day_anchor.py: with
    the ``text``, the latest of the paragraph of the last event told with a day); when the
    paragraph so far dates no event but names a day ("Matters came to a head last Wednesday,
    when ..."), that day. "Later in the day" goes on from the event told just before, even one
    of the report's own day."""
    previous = day_told_before(earlier, text, paragraph[0].published if paragraph else None)
    if earlier and earlier[-1].date_precision == "day" and in_the_day(events[0].sentence if events else ""):
        previous = earlier[-1]
    day = previous.date_start if previous is not None else None
    if paragraph and (previous is None or not previous.evidence
                      or previous.evidence[0].char_start < paragraph[0].offset):
        day = _last_day_told(paragraph) or day
    if day is None:
        return
    for event in events:
        if event.date_basis == "published":
            event.date_start = event.date_end = day
            event.date_basis = "relative"


_ARRIVAL: Final = ("arriv", "Arriv", "landed")
# Talks and deals are told from either side; a reaction by the other side may come days later.
_JOINT: Final = frozenset({"meeting", "agreement"})
# A day named inside a relative or subordinate clause ("Khan, who arrived on Saturday, ...",
# "after Moscow expelled its envoy on Monday") dates that clause, not the scene the next
# sentence goes on with.
_CLAUSE: Final = re.compile(r"\b(?:after|since|before|until|following|issued|would|that|who|whom|whose|which"
                            r"|when|where|while|as|if|ago|had|from)\b[^,;]*$", re.IGNORECASE)
_CLAUSE_LOWER: Final = re.compile(_CLAUSE.pattern)  # for ASCII text lower-cased: the same matches, faster


def with_previous_day(events: list[ExtractedEvent], earlier: list[ExtractedEvent],
                      paragraph: list[SentenceDates], setting_actors: frozenset[str] = frozenset()) -> None:
    """"Putin signed a decree on Friday ... Peskov said the move ...": asserted events of the
    paragraph's last sentence (``paragraph[-1]``) that name no date and go on with an event an
    earlier sentence of the paragraph dated by its last day, named in its main clause (same
    actor, or the two sides of talks or a deal) happened on that day. The day of an arrival
    does not count ("Dar arrived on Saturday and met ... The two sides also signed ..."): a
    visit's later events need not share its first day; a later day of the visit does ("He
    arrived on Sunday and was received on Monday ... The two governments signed ..."). A
    paragraph's first sentence that tells no event but a day ("On Monday the Oruc Reis set sail
    ...") dates the deeds of its second ("Greece put its forces on alert"), and the words of the
    side that is its subject (``setting_actors``: "The Rwandan government announced the decision
    on Friday. Rwanda welcomed ...")."""
    if len(paragraph) < 2:
        return
    # an undated visit is mostly the trip as a whole ("His visit coincides with ...")
    todo = [e for e in events if e.date_basis == "published" and e.modality == "asserted" and e.event_type != "visit"]
    if not todo or paragraph[-1].past:
        return
    dates = next((d for d in reversed(paragraph[:-1]) if d.past), None)
    if dates is None:
        return
    end = dates.offset + len(dates.text)
    # "signed a decree on Friday banning flights from July 8": the day told, not the one ahead
    told_days = [m for m in dates.past if (dates.published is None or m.span.start <= dates.published)
                 and not _in_trailing_aside(dates, m.start)]
    last = told_days[-1] if told_days else None
    if last is None or last.span.precision != "day":
        return
    day = last.span.start
    there = [e for e in earlier if e.evidence and dates.offset <= e.evidence[0].char_start < end]
    told = [e for e in there if e.date_start == day and e.date_precision == "day" and e.date_basis != "published"]
    # "On Monday the Oruc Reis set sail ... Greece put its forces on alert": a paragraph that opens
    # on a day with a sentence that tells no event sets the day its next sentence goes on with
    setting = (not there and len(paragraph) == 2 and dates is paragraph[0] and dates.published is not None
               and day < dates.published
               and dates.text[last.end - dates.offset:last.end - dates.offset + 2] not in ("'s", "\u2019s"))
    if not told and not setting:  # mostly: tested before the patterns, which cost more
        return
    if _COUNTED.search(last.text) or (_CLAUSE_LOWER.search(lower_case(dates.text), 0, last.start - dates.offset)
                                      if dates.text.isascii() else _CLAUSE.search(dates.text, 0, last.start - dates.offset)):
        return
    arrivals = [e.date_start for e in there if e.event_type == "visit" and e.date_start is not None]
    if arrivals and min(arrivals) == day and any(word in dates.text for word in _ARRIVAL):
        return
    if in_present(todo[0].sentence) or counts_on(todo[0].sentence):
        return
    for event in todo:
        sides = {event.actor_country, event.target_country}
        scene = next((e for e in told if e.actor_country == event.actor_country
                      or (e.event_type in _JOINT and {e.actor_country, e.target_country} == sides)), None)
        if scene is None and event.event_type == "statement" and not (setting and event.actor_country in setting_actors):
            continue  # words said after a scene so set may be the report's own (measured: a match lost)
        if (scene is None and not setting) or event.date_start == day:
            continue
        event.date_start = event.date_end = day
        event.date_precision, event.date_basis = "day", "relative"
        if scene is not None and event.place_country is None and scene.place_country is not None:  # and in its place
            event.take_place_of(scene)


# ", who chairs ASEAN this year": a relative clause closing the sentence after its day.
_TRAILING_ASIDE: Final = re.compile(r",\s+(?:who|which)\b[^,;]*$")


def _in_trailing_aside(dates: SentenceDates, start: int) -> bool:
    """Whether the date at ``start`` sits in a relative clause that follows a day the sentence
    names ("reached on Monday in Putrajaya, at the residence of Anwar, who chairs ASEAN this
    year"): the clause's date, not the scene's last day."""
    before = dates.text[:start - dates.offset]
    aside = _TRAILING_ASIDE.search(before)
    return aside is not None and any(m.end - dates.offset <= aside.start() and m.span.precision == "day"
                                     for m in dates.past)
