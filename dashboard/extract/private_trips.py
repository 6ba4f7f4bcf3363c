"""Trips of private people, which are no state's visit: "advised its citizens against travelling
to X", "told Kenyans not to travel to Y", "safe conduct for the family to travel to Z", "for
Chileans wishing to travel to Peru". The state that gives the advice or the pass stays at home."""
from __future__ import annotations

from typing import Final

from dashboard.extract.frame import Frame
from dashboard.extract.units import Unit

# Nouns of people who travel on their own account.
_PEOPLE: Final = frozenset({
    "citizens", "nationals", "people", "residents", "tourists", "travellers", "travelers",
    "visitors", "family", "families", "pilgrims", "students", "civilians", "holidaymakers",
    "expatriates", "compatriots", "passengers", "relatives",
})
# Words that may stand between those people and the verb of travel.
_BETWEEN: Final = frozenset({
    "not", "to", "against", "from", "wishing", "wanting", "seeking", "hoping", "planning", "who",
    "safe", "conduct", "passage", "all", "any", "avoid", "non-essential", "nonessential",
    "unnecessary", "freely", "able", "allowed", "permitted", "intending", "refrain", "refrained",
})
_TRAVEL: Final = ("travel", "visit")


def private_trip(units: list[Unit], frame: Frame) -> bool:
    """Whether the trip of ``frame`` is made by private people named just before its verb."""
    index = frame.trigger_index
    if frame.spec.event_type != "visit" or not units[index].low.startswith(_TRAVEL):
        return False
    k = index - 1
    while k >= 0 and all(word in _BETWEEN for word in units[k].low.split()):
        k -= 1
    if k < 0 or k == index - 1:
        return False  # only people set off by "not to", "against", "wishing to" ... are read this way
    words = units[k].low.split()
    if not words:
        return False
    # "Kenyans" alone, not "Kenyan ministers" (whose unit carries the demonym too)
    return words[-1] in _PEOPLE or (len(words) == 1 and words[0].endswith("s") and units[k].sense("demonym") is not None)
