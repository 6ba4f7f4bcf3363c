"""Arms told as a possession of "its": "pressed Oslo over its sale of rifles to Chad", "asked
Norway to end its military aid to Chad". The pronoun stands for the country named last before
it in the sentence, which is the supplier."""

from __future__ import annotations

from typing import Final

from dashboard.extract.actor_makers import state_of
from dashboard.extract.frames import SentenceFrames

_MODIFIERS: Final = 2  # plain words allowed between "its" and the arms noun: "its continued supply"


def pronoun_supplier(sf: SentenceFrames, index: int, targets: list[int]) -> int | None:
    """The unit of the country "its" before the arms noun at ``index`` points back to, or None."""
    units = sf.units
    k = index - 1
    while k > 0 and index - k <= _MODIFIERS and units[k].low != "its" and units[k].low.isalpha() \
            and units[k].actor is None and not units[k].specs:
        k -= 1
    if k <= 0 or units[k].low != "its":
        return None
    received = {state_of(units[t]).country for t in targets}
    for j in range(k - 1, -1, -1):
        if units[j].actor is None:
            continue
        country = state_of(units[j]).country
        if country and country not in received:
            return j
        return None  # the latest named is the recipient, or no state: no reading
    return None
