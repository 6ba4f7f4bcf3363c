"""Expulsions told in the passive with no "by": "ten Polish diplomats were expelled from Minsk",
"the Polish envoy would be asked to leave the country". The state whose land the staff are sent
out of expels ("the country": the latest other state named before them); the state whose envoys
or mission they are is the target."""

from __future__ import annotations

from typing import Final

from dashboard.extract.envoys import ENVOY_REACH, envoy_subject
from dashboard.extract.frames import SentenceFrames

# Words after the passive verb that lead to the land left: "expelled from X", "ordered to leave X".
_OUT_OF: Final = frozenset({"from", "leave", "depart", "quit"})
_REACH: Final = 4  # how far right of the verb "from" or "leave" may stand
# Words that make staff told to leave their own state's evacuation, not an expulsion:
# "non-essential staff of the embassy in Kyiv were ordered to leave Ukraine".
_EVACUATION: Final = frozenset({"non-essential", "nonessential", "non-emergency", "families", "family", "dependants",
                                "dependents", "security", "safety", "evacuate", "evacuated", "evacuation"})


def staff_owner(sf: SentenceFrames, index: int) -> int:
    """The unit before the verb naming whose envoys or mission they are ("Polish diplomats",
    "employees of the Polish mission"), or -1."""
    units = sf.units
    classes = sf.lexicon.word_classes
    words = classes.get("diplomat", frozenset()) | classes.get("embassy", frozenset())
    for k in range(index - 1, max(-1, index - 1 - 2 * ENVOY_REACH), -1):
        if units[k].text in ".;:!?":
            break
        if not any(piece in words for piece in units[k].low.split()):
            continue
        actor = units[k].actor
        if actor is not None and actor.country:
            return k
        if k >= 1 and units[k - 1].sense("demonym") is not None:
            return k - 1
    return -1


def country_of(sf: SentenceFrames, k: int) -> str:
    unit = sf.units[k]
    if unit.actor is not None:
        return unit.actor.country
    sense = unit.sense("demonym")
    return sense.code if sense is not None else ""


def host_before(sf: SentenceFrames, start: int, owner: str) -> list[int]:
    """"... relations with Russia, and the Russian envoy would be asked to leave the country" after
    "Riga": the latest state named before the staff that is not their own."""
    for k in range(start - 1, -1, -1):
        actor = sf.units[k].actor
        if actor is not None and actor.kind == "state" and actor.country and actor.country != owner:
            return [k]
    return []


def expelled_from_sides(sf: SentenceFrames, index: int, subject: list[int]) -> tuple[list[int], list[int]]:
    """"Ten Polish diplomats were expelled from Minsk": Belarus expels, Poland is the target. A
    named state after "leave" is left alone: staff "ordered to leave Sudan" may be their own
    state's, sent home."""
    units = sf.units
    for k in range(index + 1, min(len(units) - 1, index + 1 + _REACH)):
        if units[k].text in ".,;:!?":
            break
        words = units[k].low.split()  # "leave the" may come as one unit
        if not words or words[0] not in _OUT_OF:
            continue
        if words[0] != "from" and any(unit.low in _EVACUATION for unit in units):
            return [], subject
        owner = staff_owner(sf, index)
        if owner < 0:
            return [], subject
        country = country_of(sf, owner)
        place = k + 1 + (units[k + 1].low == "the" and len(words) == 1 and k + 2 < len(units))
        if units[place].low in ("country", "the country"):
            return host_before(sf, owner, country), [owner]
        left = units[place].actor
        if words[0] != "from" or left is None or left.kind != "state" or left.country in ("", country):
            return [], [owner]
        return [place], [owner]
    return [], subject


def told_to_leave_in_passive(sf: SentenceFrames, index: int) -> bool:
    """"The Russian ambassador would be asked to leave the country": a passive "asked" or
    "ordered" whose subject is another state's envoy or mission staff and a departure after it."""
    units = sf.units
    k = index + 1
    if k + 1 >= len(units) or units[k].low != "to" or units[k + 1].low.split()[:1] != ["leave"]:
        return False
    if not sf.is_passive(index):
        return False
    return envoy_subject(sf, index, "diplomat") or envoy_subject(sf, index, "embassy")
