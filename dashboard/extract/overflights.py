"""A missile told by its flight over a country: "a North Korean missile flew over Japan", "North
Korean missile lands off South Korean coast". The country it flew over or came down off is the
launch's target, as the guidelines code an overflight; the launcher is the country word or owner
before the missile noun. With no launcher named ("the projectile flew over the Japanese island of
Hokkaido"), the sentence completes the article's latest launch that names no target yet.
Only "over" and "off" (and "overflew X"): "landed in the sea east of the peninsula" or "fell
inside its economic zone" name no country aimed at.
"""

from __future__ import annotations

from typing import Final

from dashboard.extract.frame import Frame
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.lexicon import TriggerSpec
from dashboard.extract.model import ExtractedEvent
from dashboard.extract.units import Unit

OVERFLIGHT: Final = TriggerSpec(phrase="overflight", pos="verb", event_type="military",
                                event_mode="missile_test", frame="agent", object_class="",
                                preps=("over", "off"), needs_support=False)
_FLIGHT: Final = frozenset({"flew", "flies", "flown", "flying", "landed", "lands", "landing", "fell", "falls",
                            "falling", "splashed", "crashed", "crashes"})
_OVERFLEW: Final = frozenset({"overflew", "overflies", "overflown", "overflying", "overfly"})
_PREPS: Final = frozenset({"over", "off"})
# Words between the preposition and the country: "over the northern Japanese island of".
_FILLER: Final = frozenset({"the", "northern", "southern", "eastern", "western", "central", "island", "islands",
                            "of", "main", "down", "mainland", "part", "parts"})
# "off South Korean coast", "over Japanese territory": a demonym before these is the country.
_GROUND: Final = frozenset({"coast", "coastline", "territory", "island", "islands", "mainland", "soil",
                            "airspace", "archipelago", "shores", "waters"})
# How far before the flight verb the missile noun may stand ("the missile, fired at dawn, flew").
_REACH: Final = 6


def tells_overflight(sentence: str) -> bool:
    """Whether a sentence may tell a missile's flight over a country (a cheap test first)."""
    return ("over" in sentence or " off " in sentence) and ("missile" in sentence or "rocket" in sentence
                                                            or "projectile" in sentence or "ICBM" in sentence)


def _country(unit: Unit) -> str:
    if unit.actor is not None:
        return unit.actor.country if unit.actor.kind == "state" else ""
    return unit.place_country


def _overflown(units: list[Unit], start: int) -> int | None:
    """The unit of the country flown over from ``start`` on (past the preposition)."""
    for k in range(start, min(len(units), start + 6)):
        unit = units[k]
        if _country(unit):
            return k
        if unit.sense("demonym") is not None and k + 1 < len(units) and units[k + 1].low in _GROUND:
            return k
        if unit.low not in _FILLER:
            return None
    return None


def _code(unit: Unit) -> str:
    if unit.actor is not None:
        return unit.actor.country or ""
    sense = unit.sense("demonym") or unit.sense("country")
    return unit.place_country or (sense.code if sense is not None else "")


def _missile_before(sf: SentenceFrames, index: int, missiles: frozenset[str]) -> int | None:
    """The missile noun the flight verb at ``index`` has for its subject."""
    for k in range(index - 1, max(-1, index - 1 - _REACH), -1):
        unit = sf.units[k]
        if unit.low in missiles:
            return k
        if unit.text in ".;:" or unit.low in ("and", "but", "that", "which", "after", "before", "when"):
            return None
    return None


def _launcher(sf: SentenceFrames, missile: int) -> tuple[int, str] | None:
    possessor = sf.possessor(missile)
    if possessor is not None:
        return possessor, "possessive"
    modifier = sf.modifier(missile)
    if modifier is not None and modifier[1].kind in ("demonym", "country"):
        return modifier[0], "modifier"
    return None


def overflights(sf: SentenceFrames) -> list[tuple[Frame | None, int]]:
    """(frame, unit of the country overflown) for each missile flight over a country; the frame is
    None when the sentence names no launcher."""
    missiles = sf.lexicon.word_classes.get("missile", frozenset())
    found: list[tuple[Frame | None, int]] = []
    units = sf.units
    for index, unit in enumerate(units):
        if unit.low in _OVERFLEW:
            target = _overflown(units, index + 1)
        elif unit.low in _FLIGHT and index + 1 < len(units):
            k = index + 1 + (units[index].low == "splashed" and units[index + 1].low == "down")
            target = _overflown(units, k + 1) if k < len(units) and units[k].low in _PREPS else None
        else:
            continue
        missile = _missile_before(sf, index, missiles) if target is not None else None
        if target is None or missile is None:
            continue
        launcher = _launcher(sf, missile)
        if launcher is None:
            found.append((None, target))
            continue
        if _code(units[launcher[0]]) and _code(units[launcher[0]]) != _code(units[target]):
            found.append((Frame(OVERFLIGHT, unit, index, actors=[launcher[0]], targets=[target],
                                mode="missile_test", actor_source=launcher[1]), target))
    return found


def aim_latest_launch(found: list[ExtractedEvent], units: list[Unit], target: int) -> None:
    """Give the article's latest launch the country its missile flew over, when it names none."""
    country = _code(units[target])
    for event in reversed(found):
        if event.event_type == "military" and event.event_mode == "missile_test":
            if event.target_country is None and event.actor_country != country:
                event.target_country, event.target = country, units[target].text
                event.target_basis = "stated"
            return
