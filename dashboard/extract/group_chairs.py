"""A group's co-chairs named by their countries act for the group: "the Contact Group's French,
US and Russian co-chairs" and "the co-chairs of the Contact Group (Russia, France and the US)"
are the group, not three states; the countries are dropped from the units."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit

# The nouns of those who chair a group together ("co-chairs", "co-chairmen", "co-chairing").
_CHAIR_PREFIX: Final = "co-chair"
_OPENERS: Final = {"(": ")", "-": "-"}
_LIST_WORDS: Final = frozenset({",", "and", "the"})


def _is_group(unit: Unit) -> bool:
    return unit.actor is not None and unit.actor.kind == "group" and not unit.possessive


def _name_end(units: list[Unit], g: int) -> int:
    """The index after the group at ``g`` and the capitalised words of its body's name ("Minsk
    Group")."""
    k = g + 1
    while k < len(units) and units[k].actor is None and not units[k].specs and units[k].text[:1].isupper():
        k += 1
    return k


def _state_list_end(units: list[Unit], k: int) -> int:
    """The index after a list of states starting at ``k`` ("France, the US and Russia"); ``k``
    when no state starts there."""
    end = k
    j = k
    while j < len(units):
        unit = units[j]
        if unit.actor is not None and unit.actor.kind == "state" and not unit.possessive:
            j += 1
            end = j
        elif unit.low in _LIST_WORDS:
            j += 1
        else:
            break
    return end


def members_as_group(units: list[Unit]) -> list[Unit]:
    """The units with the countries of a group's co-chairs dropped, so the group acts."""
    if not any(unit.low.startswith(_CHAIR_PREFIX) for unit in units):  # the cheap cue
        return units
    drop: set[int] = set()
    for g, unit in enumerate(units):
        if not _is_group(unit):
            continue
        k = _name_end(units, g)
        if k < len(units) and units[k].text == "'s":  # "the group's French and US co-chairs"
            end = _state_list_end(units, k + 1)
            if end > k + 1 and end < len(units) and units[end].low.startswith(_CHAIR_PREFIX):
                drop.update(range(k, end))
            continue
        if g < 2 or not (units[g - 1].low == "of" or (units[g - 1].low == "the" and units[g - 2].low == "of")):
            continue
        chair = g - 2 if units[g - 1].low == "of" else g - 3
        if chair < 0 or not units[chair].low.startswith(_CHAIR_PREFIX):
            continue
        close = _OPENERS.get(units[k].text) if k < len(units) else None
        if close is None:
            continue
        end = _state_list_end(units, k + 1)  # "of the group (Russia, France and the US)"
        if end > k + 1 and end < len(units) and units[end].text == close:
            drop.update(range(k, end + 1))
    return [unit for i, unit in enumerate(units) if i not in drop] if drop else units
