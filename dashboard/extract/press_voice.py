"""The voice of a statement issued from a dateline: "We condemn the violence", "We call on the
authorities to ...", outside any quotation, is the issuer, the country of the place the statement
is dated from ("Washington, November 30, 2024"). A wire report speaks of others, not as "we"; a
"we" inside quotation marks is the person quoted."""

from __future__ import annotations

import re
from typing import Final

from dashboard import gazetteer
from dashboard.extract.actor_makers import state_actor
from dashboard.extract.units import Unit, implicit

# A statement's place and date on a line of their own near its top: "Berlin, 4 December 2019",
# "Washington, November 30, 2024".
_PLACE_DATE_LINE: Final = re.compile(r"^[ \t]*([A-Z][A-Za-z.' -]{2,30}),[ \t]+(?:\d{1,2}[ \t]+[A-Z][a-z]+"
                                     r"|[A-Z][a-z]+\.?[ \t]+\d{1,2}),?[ \t]+\d{4}[ \t]*$", re.MULTILINE)
_TOP: Final = 800  # how far into a statement its place and date line is looked for


def issuer_country(text: str, dateline_country: str | None) -> str | None:
    """The country a statement is issued from: its wire dateline's, else that of a place and
    date line near its top."""
    if dateline_country:
        return dateline_country
    for match in _PLACE_DATE_LINE.finditer(text, 0, _TOP):
        place = gazetteer.city(match.group(1).strip())
        if place is not None:
            return place.country
    return None


def _quoted(before: str) -> bool:
    """Whether a quotation opened in ``before`` (the sentence up to a word) is still open there."""
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _own_government(units: list[Unit]) -> int:
    """How many units open the sentence as "The Government" or "The Federal Government", the
    issuer's own government named by a bare capitalised title, else 0."""
    k = 2 if len(units) > 2 and units[0].text == "The" and units[1].text == "Federal" else 1
    if len(units) > k and units[0].text == "The" and units[k].text == "Government" \
            and all(unit.actor is None for unit in units[:k + 1]):
        return k + 1
    return 0


def with_issuer(units: list[Unit], sentence: str, sentence_start: int, issuer: str | None) -> list[Unit]:
    """The sentence's units with each unquoted "we", and an opening "The (Federal) Government",
    standing for the issuer's state."""
    if issuer is None:
        return units
    voice = implicit(state_actor(issuer))
    own = _own_government(units)
    if own:
        units = [Unit(units[0].start, units[own - 1].end, sentence[units[0].start - sentence_start:
                                                                  units[own - 1].end - sentence_start],
                      actor=voice), *units[own:]]
    if not any(unit.low == "we" and unit.actor is None for unit in units):
        return units
    return [Unit(unit.start, unit.end, unit.text, actor=voice)
            if unit.low == "we" and unit.actor is None and not _quoted(sentence[:unit.start - sentence_start])
            else unit for unit in units]
