"""Armed strikes told with a verb of hitting: "Iran attacked Israel", "aircraft struck targets in
Afghanistan", "shelled Ukrainian positions", "hit Kyiv with missiles". The object is a country or
a military target; a country hit "with" sanctions, attacked "over" a policy, a deal struck, or a
storm that hit a coast is no strike."""

from __future__ import annotations

from typing import Final

from dashboard.extract.forces import forces_moved
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.noun_phrases import PLACE_KIND_NOUNS

STRUCK: Final = "strike_target"

# What armed forces aim at when no country is the object: "struck targets", "shelled positions".
_TARGET_NOUNS: Final = frozenset({"target", "targets", "positions", "position", "bases", "base", "hideouts",
                                  "hideout", "camps", "camp", "facilities", "facility", "posts", "outposts",
                                  "depots", "depot", "installations", "airfield", "airfields", "strongholds"})
# Words that may stand before such a noun: "military targets", "two border posts".
_TARGET_FILLERS: Final = frozenset({"the", "a", "an", "its", "their", "two", "three", "several", "dozens", "of",
                                    "military", "militant", "border", "army", "air", "naval", "rebel", "enemy",
                                    "key", "what", "it", "they", "described", "called", "said", "as", "were",
                                    "was", "separatist", "terrorist", "alleged"})
# A country as object followed by these is argued with, not hit: "attacked Washington over its policy".
_ARGUED: Final = frozenset({"over", "for", "as", "about", "'s", "’s"})
# Only "hit" needs its weapon named after a country: "hit Ukraine with missiles", not "with tariffs".
_STRIKE_MEANS: Final = frozenset({"strikes", "airstrikes", "air strikes", "missiles", "drones", "rockets",
                                  "artillery", "shells", "bombs", "missile", "drone", "rocket"})
_REACH: Final = 8  # words between the verb and a target noun
_LAND_REACH: Final = 20  # words between the verb and the town it lands near


def strikes_target(sf: SentenceFrames, index: int) -> bool:
    """Whether the verb at ``index`` tells armed forces or a state hitting a country or a
    military target: a country or a target noun as object (looked at first, as the cheaper
    test), and an actor or forces as subject."""
    units = sf.units
    if sf.is_passive(index) or index + 1 >= len(units) or not _hits_target(sf, index):
        return False
    subject = sf.subject(index)
    return bool(subject) and (forces_moved(sf, subject) or any(
        (actor := units[k].actor) is not None and actor.kind != "description" for k in subject))


def _hits_target(sf: SentenceFrames, index: int) -> bool:
    """Whether the object of the verb at ``index`` is a state (hit "with" weapons, for "hit")
    or, past a few words, a military target noun."""
    units = sf.units
    first = sf.first_object_unit(index)
    if first is not None and first.actor is not None and first.actor.kind != "state":
        return False  # "struck Houthi targets", "attacked Biden": a movement or a person, no state
    if first is not None and first.actor is not None and not first.possessive:
        if first.actor.plural:
            return False
        k = units.index(first) + 1
        after = units[k].low if k < len(units) else "."
        if after in _ARGUED:
            return False
        if units[index].low.startswith("hit"):
            return after == "with" and k + 1 < len(units) and _means(units[k + 1].low, units[k + 2].low if k + 2 < len(units) else "")
        return True
    for k in range(index + 1, min(len(units), index + _REACH)):
        unit = units[k]
        if unit.low in _TARGET_NOUNS:
            return True
        if unit.text in ".;:,!?" or not (unit.low in _TARGET_FILLERS or unit.actor is not None
                                         or unit.sense("demonym") is not None):
            return False
    return False


def _means(word: str, next_word: str) -> bool:
    """Whether the words after "with" name weapons ("with missiles", "with two drones")."""
    return word in _STRIKE_MEANS or next_word in _STRIKE_MEANS


def struck_land(sf: SentenceFrames, index: int) -> str | None:
    """The country a strike lands in when the sentence names only a town of it after "in" or
    "near": "near the Iranian town of Saravan", "in the Afghan province of Khost"."""
    units = sf.units
    for k in range(index + 1, min(len(units) - 3, index + _LAND_REACH)):
        if units[k].text in ".;:!?":
            return None
        if units[k].low in ("in", "near", "inside") and units[k + 1].low == "the" \
                and units[k + 3].low in PLACE_KIND_NOUNS and (demonym := units[k + 2].sense("demonym")) is not None:
            return demonym.code
    return None
