"""Envoys going back to their posts: "will send its ambassador back to Lima", "its ambassador to
Iran would return to Tehran". Either restores full ties with the country of the post, unless the
envoy's own country is where they go ("Russia's ambassador returned to Moscow" is a recall)."""

from __future__ import annotations

from typing import Final

from dashboard.extract.actor_makers import state_of
from dashboard.extract.envoy_departures import envoy_at
from dashboard.extract.frames import SentenceFrames

ENVOY_SENT_BACK: Final = "envoy_sent_back"
ENVOY_RETURNING: Final = "envoy_returning"
# How far after the verb the envoy and "back" may stand: "send its new ambassador back to".
_REACH: Final = 8
_AUXILIARIES: Final = frozenset({"would", "will", "soon", "also", "shall", "to", "is", "was", "set"})


def envoy_sent_back(sf: SentenceFrames, index: int) -> bool:
    """"sent its ambassador back to Lima": an envoy between the verb and "back to" a country,
    not one named as another country's ("sent the Greek diplomats back to Athens" expels)."""
    envoys = sf.lexicon.word_classes.get("ambassador", frozenset())
    envoy = -1
    for k in range(index + 1, min(len(sf.units) - 2, index + _REACH)):
        unit = sf.units[k]
        if unit.text in ".,;:!?" or unit.low in ("and", "that", "who", "which"):
            return False
        if envoy < 0 and (unit.low in envoys or any(piece in envoys for piece in unit.low.split())):
            if unit.actor is not None and unit.actor.country or k > 0 and sf.units[k - 1].sense("demonym") is not None:
                return False  # "the Greek diplomats", "Russia's envoy": someone else's envoy
            envoy = k
        elif envoy >= 0 and unit.low == "back":
            return sf.units[k + 1].low == "to" and _a_country(sf, k + 2)
    return False


def envoy_returning(sf: SentenceFrames, index: int) -> bool:
    """"its ambassador to Iran would return to Tehran": an envoy subject going "to" a country
    other than the one the envoy's phrase names as theirs."""
    verb = index
    while verb > 0 and sf.units[verb - 1].low in _AUXILIARIES:
        verb -= 1  # "its ambassador, Saif Al Zaabi, would return": the envoy before the modal
    envoy = envoy_at(sf, verb)
    place = index + 1 if sf.units[index].low.endswith(" to") else index + 2  # "returned to" is one unit
    if envoy < 0 or place >= len(sf.units) or place == index + 2 and sf.units[index + 1].low != "to" \
            or not _a_country(sf, place):
        return False
    own = state_of(sf.units[envoy]).country if sf.units[envoy].actor is not None else None
    return own != state_of(sf.units[place]).country


def _a_country(sf: SentenceFrames, k: int) -> bool:
    unit = sf.units[k]
    return unit.actor is not None and unit.actor.kind != "person" and bool(state_of(unit).country)
