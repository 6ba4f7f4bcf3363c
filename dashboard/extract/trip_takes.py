"""Who a trip takes somewhere when a relative clause tells it: "Ruto's tour of Asia, which has so
far taken him to Laos", "in Pretoria as part of her tour of the continent, which has taken her to
Senegal". The clause's subject is the trip, so the traveller is the trip's owner, else the one
the sentence opened with."""

from __future__ import annotations

from dashboard.extract.frames import SentenceFrames
from dashboard.extract.words import POSSESSIVE_PRONOUNS


def taken_traveller(sf: SentenceFrames, index: int) -> list[int]:
    """The traveller of the "took him to" trigger at ``index``: the possessor of the nearest trip
    noun before it ("Ruto's tour"), else the sentence's first actor; empty when there is none."""
    for k in range(index - 1, -1, -1):
        if any(spec.event_type == "visit" and spec.pos == "noun" for spec in sf.units[k].triggers()):
            owner = sf.possessor(k)
            if owner is not None and sf.units[owner].low not in POSSESSIVE_PRONOUNS:
                return [owner]
            break  # "her own tour": whoever "her" is, the sentence's first actor says it better
    return next(([k] for k, unit in enumerate(sf.units[:index]) if unit.actor is not None and not unit.possessive), [])
