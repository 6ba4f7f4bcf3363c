"""Talks named with their sides after "of": "the first summit of A and B", "the meeting of the
Azerbaijani and Armenian presidents X and Y in Moscow": the sides, as "between A and B" gives
them; one side or one country only ("a meeting of NATO ministers") names none."""

from __future__ import annotations

from dashboard.extract.actor_makers import state_of
from dashboard.extract.frames import SentenceFrames

_REACH = 3  # words that may stand between "of" and the first side ("of the two foreign ...")


def of_sides(sf: SentenceFrames, index: int) -> list[int]:
    """The sides coordinated after "of" right after the talks noun at ``index``, when they are
    two or more countries; else none."""
    units = sf.units
    if index + 2 >= len(units) or units[index + 1].low != "of":
        return []
    j = index + 2
    while j < len(units) and j - index <= _REACH + 1 and units[j].actor is None:
        if units[j].text in ",.;:" or units[j].possessive:
            return []
        j += 1
    if j >= len(units) or units[j].actor is None or units[j].possessive:
        return []
    group = sf.coordinated_right(j, check_clause=False)
    countries = {state_of(units[k]).country for k in group}
    return group if len(group) >= 2 and len(countries) >= 2 and None not in countries else []
