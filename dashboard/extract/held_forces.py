"""Forces a state keeps abroad, told with a verb of having: "Spain has 600 soldiers in Mali",
"would keep its troops inside Iraq", "has no troops in Karabakh" are deployments (where the
troops stand: the country after "in"). "has sent troops" or "has troops ready" are not."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames
from dashboard.extract.units import Unit

HELD: Final = "forces_held"

# Words that may stand between the verb and the troops: "over 550", "about 2,000 of its", "no combat".
_FILLERS: Final = frozenset({"its", "their", "his", "her", "the", "some", "no", "about", "around", "over",
                             "nearly", "almost", "roughly", "more", "than", "a", "few", "several", "hundred",
                             "hundreds", "thousand", "thousands", "of", "up", "to", "still", "combat", "own",
                             "military", "special", "ground", "naval", "army", "navy", "air", "force",
                             "many", "dozens", "two", "three", "four", "five", "six", "seven", "eight",
                             "nine", "ten", "twelve", "fifteen", "twenty", "an", "estimated"})
_WHERE: Final = frozenset({"in", "inside"})
_REACH: Final = 6  # words between the verb and the troops


def holds_forces(units: list[Unit], index: int, forces: frozenset[str]) -> bool:
    """Whether the verb at ``index`` has troops, ships or aircraft (``forces``) as its object,
    standing "in" or "inside" a named country or place right after them. The troops are looked
    for first (a few words, no name among them), as the cheap test."""
    end = min(len(units) - 1, index + 1 + _REACH)
    k = index + 1
    while k < end and units[k].low not in forces:
        low = units[k].low
        if not (low in _FILLERS or low.replace(",", "").isdigit()) or units[k].actor is not None:
            return False
        k += 1
    if k >= end:
        return False
    where = k + 1
    if where + 1 >= len(units) or units[where].low not in _WHERE:
        return _fronted_place(units, index)  # "In Mali, Spain has 600 soldiers as part of ..."
    there = units[where + 2] if units[where + 1].low == "the" and where + 2 < len(units) else units[where + 1]
    return _names_place(there)


def _fronted_place(units: list[Unit], index: int) -> bool:
    """Whether the sentence opens with "In" and a country, then a comma, before the verb."""
    return index > 3 and units[0].low in _WHERE and units[2].text == "," and _names_place(units[1])


def _names_place(unit: Unit) -> bool:
    return (unit.actor is not None and unit.actor.kind == "state") or unit.place_country is not None


def drop_unheld(units: list[Unit], forces: frozenset[str]) -> None:
    """Take the sense of keeping forces off every "has", "keeps" or "maintains" whose object is
    not troops somewhere, so that the common verb stays no trigger (nor a verb to the clause
    readers) wherever it means anything else."""
    for index, unit in enumerate(units):
        if unit.specs and any(spec.object_class == HELD for spec in unit.specs) \
                and not holds_forces(units, index, forces):
            unit.specs = tuple(spec for spec in unit.specs if spec.object_class != HELD)


def kept_forces(sf: SentenceFrames, index: int) -> bool:
    """The object check of the sense: only an active verb (the troops were checked before)."""
    return not sf.is_passive(index)
