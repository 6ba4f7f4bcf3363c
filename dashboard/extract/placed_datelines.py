"""A release's date line that names its place after the day, alone on its line near the top:
"September 25, 2001, Berlin", "7 February 2008, Perth" (transcripts and leaders' news pages).
It says where the release was filed, as a "BERLIN, Sept. 25 -" dateline does; the caller keeps
it only when the place is a known city."""

from __future__ import annotations

import re
from typing import Final

from dashboard.extract.date_first_datelines import MONTH_PATTERN

# Group 1 the place and group 2 a country after it, as the capitals dateline's groups.
_DATE_THEN_PLACE: Final = re.compile(
    r"^[ \t]*(?:" + MONTH_PATTERN + r" \d{1,2},? \d{4}|\d{1,2} " + MONTH_PATTERN + r",? \d{4}),[ \t]+"
    r"([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)(?:,[ \t]*([A-Z][a-z]+(?: [A-Z][a-z]+)?))?[ \t]*$",
    re.MULTILINE)


def date_then_place_lines(text: str, span: int) -> list[re.Match[str]]:
    """The "Date, Place" lines within the first ``span`` characters of ``text``."""
    if "," not in text[:span]:
        return []
    return list(_DATE_THEN_PLACE.finditer(text, 0, span))
