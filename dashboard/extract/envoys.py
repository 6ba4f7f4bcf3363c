"""Envoys moved between capitals: an ambassador recalled in the passive ("Spain's envoy was
called home from Caracas") and diplomats given hours to leave (an expulsion)."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames
from dashboard.extract.lexicon import TriggerSpec

# Words after "to leave" that keep it a departure: "to leave within 72 hours", "by Monday"
_AFTER_LEAVING: Final = frozenset({"within", "by", "in", "immediately", "before", "and", "or", "until", "at",
                                    "on", "as", "after", "forthwith"})
_HOME_NOUNS: Final = frozenset({"country", "kingdom", "republic", "capital"})
_PARTICLES: Final = frozenset({"back", "home"})
_OWN_PRONOUNS: Final = frozenset({"its", "their", "his", "her", "our", "own"})  # one's own staff
ENVOY_REACH: Final = 6  # how far left of a passive verb its envoy subject may start


def envoy_subject(sf: SentenceFrames, index: int, word_class: str) -> bool:
    """Whether a word of ``word_class`` is the subject of the passive verb at ``index``."""
    words = sf.lexicon.word_classes.get(word_class, frozenset())
    return any(piece in words for unit in sf.units[max(0, index - ENVOY_REACH):index] for piece in unit.low.split())


def told_to_leave(sf: SentenceFrames, index: int, staff_class: str = "diplomat") -> bool:
    """"gave the Dutch envoy 48 hours to leave": diplomats as object and a departure after them
    (``staff_class`` "embassy": "ordered 12 employees of the Dutch embassy to leave")."""
    if not sf.object_has_class(index, staff_class):
        return False
    words = sf.lexicon.word_classes.get("departure", frozenset())
    for k in range(index + 1, min(len(sf.units) - 1, index + 16)):
        if sf.units[k].text in ".;:!?":
            return False
        pair = f"{sf.units[k].low} {sf.units[k + 1].low}"
        if pair in words:
            if pair.endswith((" the", " its")):  # "to leave the" read as one phrase
                return k + 2 < len(sf.units) and sf.units[k + 2].low in _HOME_NOUNS
            return _leaves_country(sf, k + 2)
    return False


def staff_owner_named(sf: SentenceFrames, index: int) -> bool:
    """"asked the Turkish ambassador to leave": whose diplomats are told to go is named before
    "to" ("told non-emergency staff to leave Caracas" is a state's own staff sent home)."""
    for k in range(index + 1, min(len(sf.units), index + 16)):
        unit = sf.units[k]
        if unit.low == "to" or unit.text in ".;:!?":
            return False
        if unit.actor is not None and unit.low not in _OWN_PRONOUNS:
            return True
    return False


def _leaves_country(sf: SentenceFrames, k: int) -> bool:
    """What follows "to leave" makes it a departure from the country: the end of the clause, a
    deadline, "the country" or a place ("to leave the talks early" is not)."""
    if k >= len(sf.units):
        return True
    unit = sf.units[k]
    if unit.low in _AFTER_LEAVING or unit.text in ".,;:!?":
        return True
    if unit.low == "the" and k + 1 < len(sf.units):
        return sf.units[k + 1].low in _HOME_NOUNS
    return unit.actor is not None and unit.is_placeish and unit.actor.kind != "person" \
        and not (k + 1 < len(sf.units) and sf.units[k + 1].low == "alone")  # "to leave Ukraine alone"


def envoy_called_back(sf: SentenceFrames, index: int) -> bool:
    """"called its ambassador in Niger back to Paris", "brought their envoys home": an envoy
    between the verb and its particle ("Peru's envoy was called back" in the passive)."""
    if sf.is_passive(index):
        return index + 1 < len(sf.units) and sf.units[index + 1].low in _PARTICLES \
            and envoy_subject(sf, index, "ambassador")
    envoys = sf.lexicon.word_classes.get("ambassador", frozenset())
    seen = False
    for k in range(index + 1, min(len(sf.units), index + 14)):
        unit = sf.units[k]
        if unit.text in ".;:!?" or unit.low in ("and", "that", "who", "which"):
            return False
        if unit.low == "to" and not (k + 1 < len(sf.units) and sf.units[k + 1].actor is not None):
            return False  # "called the envoy to discuss ...": an infinitive, not a post
        if seen and unit.low in _PARTICLES:
            return True
        seen = seen or unit.low in envoys or any(piece in envoys for piece in unit.low.split())
        if not seen and k > index + 3:
            return False
    return False


def passive_recall_sides(sf: SentenceFrames, index: int, subject: list[int]) -> tuple[list[int], list[int]]:
    """"Chile's ambassador was recalled from Lima": the envoy's own state recalls, from where he served."""
    return subject, sf.object_actors(index, ("from",))[0]


def summoner(sf: SentenceFrames, index: int) -> list[int]:
    """"Russia's ambassador was summoned to the Moldovan foreign ministry": who summons is the
    ministry's state, named after "to" (after "by" it is the passive's own agent)."""
    return sf.object_actors(index, ("to",))[0]


def mutual_sides(sf: SentenceFrames, index: int, spec: TriggerSpec, actors: list[int]) -> tuple[list[int], list[int]] | None:
    """The sides of an act of two or more named together toward each other, as (actors,
    targets): talks or ties (the first-named with the others), or envoys of two sides moved by
    both, each toward the other ("the two sides recalled their ambassadors", "Greece and Turkey
    expelled each other's diplomats"); None when the subject acts alone."""
    if spec.frame == "symmetric":
        return (actors[:1], actors[1:]) if len(actors) >= 2 else None
    if spec.event_type != "relations" or spec.frame != "agent" or len(actors) != 2:
        return None
    if actors[0] > 0 and sf.units[actors[0] - 1].low == "both":
        return None  # "Both Vilnius and Warsaw recalled their envoys": each alike, toward a third
    k = index + 1
    while k < len(sf.units) and sf.units[k].low in _PARTICLES:
        k += 1
    each_other = k + 1 < len(sf.units) and sf.units[k].low == "each" and sf.units[k + 1].low.startswith("other")
    return (actors, actors) if each_other or (k < len(sf.units) and sf.units[k].low == "their") else None
