"""The week, month or year of what a statement is about, not of the statement: "condemned the launch
of a missile by Bolivia earlier this month", "thanked Chile for attending the summit in
January". Words said are news of the report's day; a coarse date after the
object's "of", "for" or "by" and a deed named there dates the deed."""

from __future__ import annotations

from typing import Final

from dashboard.extract.date_spans import DateMention
from dashboard.extract.units import Unit

_LINKS: Final = frozenset({"of", "for", "by"})
# Nouns of deeds and happenings a statement speaks of that are no trigger of their own.
_DEEDS: Final = frozenset("""attack attacks assault bombing bombings shooting killing killings strike strikes
    launch launches test tests coup election elections vote referendum unrest violence clashes incident
    explosion blast crash loss losses floods earthquake invasion seizure detention arrest""".split())
# A day after the object ("condemned the attack on Monday") is as often the words' own day.
_COARSE: Final = frozenset({"week", "month", "year"})


def object_dates(units: list[Unit], anchor: int, mentions: list[DateMention]) -> list[DateMention]:
    """The week, month and year mentions after a statement's trigger at ``anchor`` that follow an
    "of", "for" or "by" of its object and a deed the object names (an event noun or a gerund)."""
    claimed = []
    for mention in mentions:
        if mention.start <= anchor or mention.span.precision not in _COARSE:
            continue
        between = [unit for unit in units if anchor < unit.start and unit.end <= mention.start]
        if any(unit.low in _LINKS for unit in between) and any(_names_deed(unit) for unit in between[1:]):
            claimed.append(mention)
    return claimed


def _names_deed(unit: Unit) -> bool:
    """An event noun ("launch", "attack") or a gerund ("attending")."""
    return bool(unit.triggers()) or unit.low in _DEEDS or (
        unit.actor is None and len(unit.low) > 5 and unit.low.endswith("ing"))
