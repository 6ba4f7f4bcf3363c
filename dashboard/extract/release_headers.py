"""A release's header line naming its issuing government: "Ministry of External Affairs,
Government of India", "MEDIA RELEASE - PRIME MINISTER OF AUSTRALIA", "REPUBLIC OF RWANDA". With
no dated place line, its one country is the issuer whose "we" and bare offices the text speaks
for. A line that tells an event ("Press release: Chad signs a pact with Niger") is a headline,
not a header: the country it names acted, it did not issue the release."""

from __future__ import annotations

import re
from typing import Final

from dashboard.extract.units import Unit

_HEADER_WORDS: Final = re.compile(r"\b(?:ministry|government of|republic of|minister of|president of|office of|"
                                  r"media release|press release|kingdom of)\b", re.IGNORECASE)
_MAX_HEADER: Final = 100
HEADER_REACH: Final = 400  # how far into the text (headline first) a header line may start


def header_issuer(sentence: str, units: list[Unit]) -> str | None:
    """The one country a release's header line names, if the sentence is such a line."""
    line = sentence.strip()
    if not line or len(line) > _MAX_HEADER or line.endswith(".") or "\n" in line or not _HEADER_WORDS.search(line):
        return None
    if any(unit.actor is None and unit.triggers() for unit in units):
        return None
    codes = {unit.actor.country for unit in units if unit.actor is not None and unit.actor.country
             and unit.actor.kind in ("state", "institution", "person", "description")}
    return codes.pop() if len(codes) == 1 else None
