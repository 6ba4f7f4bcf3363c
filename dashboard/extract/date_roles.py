"""Date mentions of a sentence that do not date the event at a trigger: the end of a span
("a visit lasting until Thursday"), a date owned by another noun ("after last year's coup"), the
date of a since-clause after the trigger ("first trip since the invasion in February"), the
day of an earlier predicate ("expelled a diplomat on Monday and summoned ...") and the date of
what a speaker asks or warns someone to do ("urged Iran to return to talks next week")."""

from __future__ import annotations

import re
from typing import Final

from dashboard.extract.dates import WEEKDAYS, DateMention
from dashboard.extract.units import Unit

_ENDS: Final = frozenset({"until", "till", "through", "by"})
_NOT_PRESENT: Final = frozenset({"is", "was", "has", "does", "his", "its", "this", "thus", "always", "as"})
_RELATIVES: Final = (", who ", ", whom ", ", whose ", ", which ")
# Relative clauses whose dates are their own: "the rebels who seized two towns last week",
# "flew to Cairo from Abu Dhabi, where he spoke on Tuesday".
_LATER_RELATIVES: Final = (" who ", " whom ", " whose ", ", which ", ", where ")


def dates_other_thing(text: str, offset: int, mention: DateMention, anchor: int) -> bool:
    """Whether ``mention`` (article offsets; the sentence ``text`` starts at ``offset``) is an
    end date, a possessive date of a noun away from the trigger at ``anchor``, or a date of a
    since-clause after it."""
    start, end = mention.start - offset, mention.end - offset
    words = [*text[max(0, start - 8):start].split()[-1:], *mention.text.split()[:1]]
    if any(word.lower() in _ENDS for word in words):
        return True
    if mention.start > anchor:
        between = text[anchor - offset:start].lower()
        # "first trip abroad since Russia invaded in February", "instructions of Petro, who took
        # office on 7 August": the date of a since-clause or a relative clause after the trigger
        if " since " in between or open_relative(between, _RELATIVES) >= 0:
            return True
    if text[end:end + 2] in ("'s", "\u2019s"):
        # "last week's visit" dates the visit; "after last year's coup" dates the coup
        return not (0 <= anchor - mention.end <= 20)
    return False


def open_relative(between: str, pronouns: tuple[str, ...]) -> int:
    """Where the last relative clause of ``between`` opens, or -1 when there is none or it is
    set off by commas and closed before the end ("its missile, which has a range of 450
    kilometres, on Saturday": the day is the main clause's again)."""
    opening = max(between.rfind(pronoun) for pronoun in pronouns)
    if opening < 0 or (between[opening] == "," and "," in between[opening + 1:]):
        return -1
    return opening


def relative_clause_dates(units: list[Unit], text: str, offset: int, anchor: int,
                          mentions: list[DateMention], event_type: str) -> list[DateMention]:
    """The mentions inside a relative clause after the trigger at ``anchor`` ("accusing Kigali of
    backing rebels who seized two towns last week") or inside one closed by a comma before it
    ("Putin, who landed late on Monday, held talks"): they date the clause's predicate, unless
    that predicate is of the event's own type ("flew to Kabul, where he arrived on Thursday")."""
    claimed = []
    for mention in mentions:
        start, end = mention.start - offset, mention.end - offset
        if mention.start > anchor:
            between = text[anchor - offset:start]
            opening = open_relative(between, _LATER_RELATIVES)
            if opening < 0:
                continue
            opening += anchor - offset
        else:
            before = text[:start]
            opening = max(before.rfind(pronoun) for pronoun in _RELATIVES)
            if opening < 0 or "," in before[opening + 1:] or "," not in text[end:anchor - offset]:
                continue
        if not any(spec.pos == "verb" and spec.event_type == event_type for u in units
                   if offset + opening <= u.start and u.end <= mention.start for spec in u.triggers()):
            claimed.append(mention)
    return claimed


def earlier_predicate_dates(units: list[Unit], anchor: int, mentions: list[DateMention]) -> list[DateMention]:
    """The mentions before the trigger at ``anchor`` that end an earlier predicate of the same
    subject ("expelled a diplomat on Monday and summoned the ambassador on Tuesday": Monday is
    the expulsion's) or a main clause the trigger's ", where" clause follows, when a mention after
    the trigger is left to date it."""
    if not any(m.start > anchor for m in mentions):
        return []
    claimed = []
    for mention in mentions:
        if mention.end > anchor:
            continue
        before = [u for u in units if u.end <= mention.start]
        between = [u for u in units if mention.end <= u.start and u.end <= anchor]
        if (any(u.low in ("and", ",") for u in between) and not any(u.actor is not None for u in between)
                and any(spec.pos == "verb" for u in before for spec in u.triggers())):
            claimed.append(mention)
        elif any(u.low == "where" and v.text == "," for v, u in zip(between, between[1:])):
            claimed.append(mention)  # "flew on Sunday to Washington, where he is to meet Biden on Tuesday"
    return claimed


def complement_dates(units: list[Unit], anchor: int, mentions: list[DateMention]) -> list[DateMention]:
    """The mentions after a speech act's addressee and its "to" ("urged Iran to return to talks
    next week", "warned Japan not to repeat the mistakes of 2012"): they date what was asked,
    not the asking."""
    opening = None
    for k, unit in enumerate(units[:-1]):
        if unit.start <= anchor or unit.actor is None:
            continue
        following = units[k + 2] if units[k + 1].low == "not" and k + 2 < len(units) else units[k + 1]
        if following.low == "to":
            opening = following.end
            break
    if opening is None:
        return []
    return [mention for mention in mentions if mention.start >= opening]


def scheduled_present(units: list[Unit], verb: int, mention: DateMention) -> bool:
    """Whether a verb in the simple present with a bare weekday tells a schedule ("Harris flies
    to Mexico City on Tuesday"): the day is the coming one, not the last."""
    word = units[verb].low.split(" ", 1)[0]
    days = [w.strip(".,").lower() for w in mention.text.split()]
    return (word.endswith("s") and not word.endswith(("ss", "us")) and word not in _NOT_PRESENT
            and any(day in WEEKDAYS for day in days) and not any(w in ("last", "past", "previous") for w in days))


# "after the regime conducted its first test in October": a clause of its own, its verb finite,
# at another time ("objected when the submarines berthed in 2014" objected then).
_SUBORDINATE: Final = re.compile(r"\b(?:after|before|because)\b(?P<clause>[^,;]*)$", re.IGNORECASE)
_FINITE_PAST: Final = re.compile(r"\b(?!(?:need|speed|feed|seed|bed|red|shed|hundred)\b)[a-z]+ed\b"
                                 r"|\b(?:was|were|had|did|made|took|held|met|fired|began|broke|struck|sent|came|went)\b")


def subordinate_dates(text: str, offset: int, anchor: int, mentions: list[DateMention]) -> list[DateMention]:
    """The mentions after a statement's trigger at ``anchor`` inside a clause of an earlier or
    later time or of a cause, with a finite verb of its own ("said it was a violation of a
    resolution passed after the regime conducted its first test in October"): they date that
    clause's deed, not the words."""
    claimed = []
    for mention in mentions:
        if mention.start <= anchor:
            continue
        clause = _SUBORDINATE.search(text, anchor - offset, mention.start - offset)
        if clause is not None and _FINITE_PAST.search(clause.group("clause")):
            claimed.append(mention)
    return claimed
