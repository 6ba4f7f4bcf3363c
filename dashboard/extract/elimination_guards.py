"""Frames that take no target by elimination though their actor is named: a refusal to speak
("declined to say how many", "refused to comment") leaves a question open and rejects nobody;
an act set as a condition ("as long as Chile refused to talk") is no act yet. A reproach of a
state of affairs ("condemned the violence against civilians") names no doer: it takes no country
named only in earlier sentences, though one its sentence places the violence in ("in Lima")."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frame import Frame
from dashboard.extract.units import Unit

_SAYING: Final = frozenset({"say", "comment", "confirm", "disclose", "elaborate", "specify", "reveal",
                            "discuss", "detail", "speculate", "answer", "name", "identify", "explain"})
_CONDITIONS: Final = frozenset({"if", "unless", "until", "once"})
_DETERMINERS: Final = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "any", "all"})


def takes_no_target_by_elimination(units: list[Unit], frame: Frame) -> bool:
    """Whether the frame declines to say or is set as a condition (below)."""
    return declines_to_say(units, frame) or set_as_condition(units, frame)


def declines_to_say(units: list[Unit], frame: Frame) -> bool:
    """Whether the frame's trigger is a refusal ("declined to", "refused to") followed by a
    verb of saying."""
    k = frame.trigger_index + 1
    return frame.mode == "rejection" and k < len(units) and units[k].low in _SAYING


def set_as_condition(units: list[Unit], frame: Frame) -> bool:
    """Whether the frame's actor opens a clause of condition ("unless Chile", "as long as Chile")."""
    k = frame.actors[0] if frame.actors else frame.trigger_index
    before = [unit.low for unit in units[max(0, k - 3):k]]
    return bool(before) and (before[-1] in _CONDITIONS or before[-3:] == ["as", "long", "as"])


def reproaches_a_setting(units: list[Unit], frame: Frame, settings: frozenset[str]) -> bool:
    """Whether the noun right after the trigger (past determiners) names a state of affairs
    (war, violence, crisis)."""
    k = frame.trigger_index + 1
    while k < len(units) and units[k].low in _DETERMINERS:
        k += 1
    return k < len(units) and units[k].low in settings
