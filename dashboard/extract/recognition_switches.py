"""Recognition switched from one China to the other: "Nauru switched diplomatic recognition from
Taiwan to China", "Nauru's switch of recognition to Beijing" (ties established with China and
broken with Taiwan); with no "from", the partner left is the other China ("decided to switch
recognition to Beijing" leaves Taipei)."""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from dashboard.extract.actor_makers import state_actor, state_of
from dashboard.extract.frame import Frame
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.lexicon import TriggerSpec
from dashboard.extract.units import Actor
from dashboard.extract.words import BOUNDARY_PUNCT

SWITCHES: Final = frozenset({"switch recognition", "switch of recognition"})
OTHER_CHINA: Final = "other china"  # a break whose target is the other China than the frame's
# The partner a switch to one China leaves, when the text names none.
_OTHER_CHINA: Final = {"CHN": "TWN", "TWN": "CHN"}
_REACH: Final = 10  # units from the trigger to the end of its "from X to Y"


def switched_from(sf: SentenceFrames, frame: Frame) -> list[Frame]:
    """The break with the partner a switch of recognition leaves, as a second frame; the new
    partner after "to" becomes the switch's own target when "from X" came first."""
    if frame.spec.phrase not in SWITCHES or not frame.actors:
        return []
    old, new = _from_to(sf, frame.trigger_index)
    if new is not None and not frame.targets:
        frame.targets = [new]  # "from Taiwan to China": the "from" phrase hid the new partner
    if old is not None:
        return [replace(frame, spec=_broken(frame.spec), mode="break", targets=[old])]
    if frame.targets and state_of(sf.units[frame.targets[0]]).country in _OTHER_CHINA:
        # the partner left is named nowhere here: the other China, read from the new one
        return [replace(frame, spec=_broken(frame.spec), mode="break", targets=frame.targets[:1],
                        referenced_type=OTHER_CHINA)]
    return []


def partner_left(targets: list[Actor]) -> list[Actor]:
    """The China a switch to the one in ``targets`` leaves."""
    return [state_actor(_OTHER_CHINA[target.country]) for target in targets if target.country in _OTHER_CHINA]


def _broken(spec: TriggerSpec) -> TriggerSpec:
    return replace(spec, event_mode="break")


def _from_to(sf: SentenceFrames, index: int) -> tuple[int | None, int | None]:
    """The actors after "from" and after "to" in the trigger's phrase."""
    old = new = None
    units = sf.units
    for k in range(index + 1, min(len(units) - 1, index + _REACH)):
        if units[k].text in BOUNDARY_PUNCT or units[k].text in ",;":
            break
        nxt = k + 1 + (units[k + 1].low == "the" and k + 2 < len(units))
        if units[k].low in ("from", "to") and nxt < len(units) and units[nxt].actor is not None:
            if units[k].low == "from":
                old = nxt
            else:
                new = nxt
    return old, new
