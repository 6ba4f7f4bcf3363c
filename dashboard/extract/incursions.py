"""Armed forces sent across a border, told as a noun or as an annexation, are a deployment.

"Turkish troops crossed the border in an incursion into Iraq", "Ethiopia launched an offensive
inside Eritrea", "Russia annexed Crimea in 2014": the invader and the country its forces entered,
as the guidelines code an invasion. Only "into" and "inside" a named country count: "the offensive
in the east" or "protested against the incursions" name no border crossed. The nouns and the verb
are no trigger of the lexicon, so the sentences they stand in read as they did.
"""

from __future__ import annotations

from typing import Final

from dashboard.extract.forces import forces_moved
from dashboard.extract.frame import Frame
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.lexicon import TriggerSpec
from dashboard.extract.units import Unit

INCURSION: Final = TriggerSpec(phrase="incursion", pos="noun", event_type="military",
                               event_mode="deployment", frame="agent", object_class="",
                               preps=("into", "inside"), needs_support=False)
ANNEXATION: Final = TriggerSpec(phrase="annex", pos="verb", event_type="military",
                                event_mode="deployment", frame="agent", object_class="",
                                preps=("=",), needs_support=False)
_NOUNS: Final = frozenset({"incursion", "incursions", "offensive", "raid", "raids"})
_ANNEX: Final = frozenset({"annexed", "annexes", "annexing", "annex"})
_INTO: Final = frozenset({"into", "inside"})
# Words between the preposition and the country: "into neighbouring Ecuador", "inside the territory of".
_FILLER: Final = frozenset({"the", "neighbouring", "neighboring", "northern", "southern", "eastern",
                            "western", "territory", "of"})
# "Ecuadorean territory": a demonym before these is the country entered.
_GROUND: Final = frozenset({"territory", "soil"})
# "Ethiopia launched a swift offensive": the subject of these verbs is the invader.
_LAUNCH: Final = frozenset({"launched", "launches", "launching", "began", "begun", "mounted",
                            "staged", "started", "conducted"})
_STOPS: Final = frozenset({";", ":", "."})


def tells_incursion(sentence: str) -> bool:
    """Whether a sentence with no trigger may yet tell an incursion (a cheap test first)."""
    return "ncursion" in sentence or "ffensive " in sentence or "raid" in sentence or "annex" in sentence


def incursion_frames(sf: SentenceFrames) -> list[Frame]:
    """A deployment frame for each incursion noun and each annexation verb of the sentence."""
    found: list[Frame] = []
    for index, unit in enumerate(sf.units):
        if unit.low in _NOUNS and (frame := _incursion(sf, index)) is not None:
            found.append(frame)
        elif unit.low in _ANNEX and (frame := _annexation(sf, index)) is not None:
            found.append(frame)
    return found


def _country(unit: Unit) -> str:
    """The country a unit names as a place or a state ("Ecuador", "Crimea"), else ""."""
    if unit.actor is not None:
        return unit.actor.country if unit.actor.kind == "state" else ""
    return unit.place_country


def _entered(units: list[Unit], index: int) -> int | None:
    """The unit of the country entered after "into"/"inside" at ``index``."""
    if index >= len(units) or units[index].low not in _INTO:
        return None
    for k in range(index + 1, min(len(units), index + 5)):
        unit = units[k]
        if _country(unit):
            return k
        demonym = unit.sense("demonym")
        if demonym is not None and k + 1 < len(units) and units[k + 1].low in _GROUND:
            return k
        if unit.low not in _FILLER:
            return None
    return None


def _code(unit: Unit) -> str:
    """The country of a unit, also when it is only a demonym ("Turkish", "Ecuadorean")."""
    if unit.actor is not None:
        return unit.actor.country or ""
    sense = unit.sense("demonym") or unit.sense("country")
    return unit.place_country or (sense.code if sense is not None else "")


def _invader(sf: SentenceFrames, index: int) -> tuple[int, str] | None:
    """The invader of the noun at ``index``: its possessor or a country word right before it ("a
    Turkish incursion"), the subject of "launched", or else the forces the clause opened with
    ("Colombian commandos killed ... in an incursion")."""
    units = sf.units
    possessor = sf.possessor(index)
    if possessor is not None:
        return possessor, "possessive"
    modifier = sf.modifier(index)
    if modifier is not None and modifier[1].kind in ("demonym", "country"):
        return modifier[0], "modifier"
    for k in range(index - 1, max(-1, index - 4), -1):
        unit = units[k]
        if unit.actor is not None and unit.actor.country:
            return k, "modifier"
        launcher = units[k - 1].actor if k > 0 else None
        if unit.low in _LAUNCH and launcher is not None and launcher.country and not units[k - 1].possessive:
            return k - 1, "subject"
        if unit.text in _STOPS or unit.text == ",":
            return None
    for k in range(index - 1, -1, -1):
        if units[k].text in _STOPS:
            return None
        if units[k].actor is not None and forces_moved(sf, [k]):
            return k, "subject"
    return None


def _incursion(sf: SentenceFrames, index: int) -> Frame | None:
    entered = _entered(sf.units, index + 1)
    invader = _invader(sf, index)
    if entered is None or invader is None:
        return None
    actor = _code(sf.units[invader[0]])
    if not actor or actor == _code(sf.units[entered]):
        return None
    return Frame(INCURSION, sf.units[index], index, actors=[invader[0]], targets=[entered],
                 mode="deployment", actor_source=invader[1])


def _annexation(sf: SentenceFrames, index: int) -> Frame | None:
    """"Russia annexed Crimea": a state right before the verb (or "has"/"had") and a country or a
    region of one right after it (past "the")."""
    units = sf.units
    k = index - 1
    if k >= 0 and units[k].low in ("has", "had", "formally", "illegally"):
        k -= 1
    annexer = units[k].actor if k >= 0 else None
    if annexer is None or annexer.kind != "state" or units[k].possessive:
        return None
    j = index + 1
    if j < len(units) and units[j].low == "the":
        j += 1
    if j >= len(units) or not _country(units[j]) or _country(units[j]) == annexer.country:
        return None
    return Frame(ANNEXATION, units[index], index, actors=[k], targets=[j],
                 mode="deployment", actor_source="subject")
