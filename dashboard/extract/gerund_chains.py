"""A second gerund joined to the one a statement verb's object does: "criticised Orban for
visiting Russia and holding talks with Putin" has Orban hold the talks too, as he made the
visit; the critics hold none. A finite verb after "and" ("criticised Peru ... and called on")
stays with the main subject."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit

# The links from a judging verb's object to what it did: "for visiting", "of supplying".
_LINKS: Final = frozenset({"for", "of"})


def continues_gerund(units: list[Unit], last_object: int, index: int) -> bool:
    """Whether the verb at ``index`` is a gerund after "and" that continues the gerund standing
    right after the object ending at ``last_object`` ("X for visiting Y and holding")."""
    if index < 2 or not units[index].low.split(" ", 1)[0].endswith("ing") or units[index - 1].low != "and":
        return False
    link = last_object + 1
    if link + 1 >= index or units[link].low not in _LINKS \
            or not units[link + 1].low.split(" ", 1)[0].endswith("ing"):
        return False
    # nothing between the two gerunds may open a clause of its own
    return not any(unit.text in (";", ":") or unit.low in ("who", "which", "that", "said", "says")
                   for unit in units[link + 2:index - 1])
