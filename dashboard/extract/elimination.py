"""A target by elimination: when the grammar gives a trigger its actor but no target, the one
other country its sentence names. Such guesses were right 66% of the time on the studied gold
sets and 75% on the unseen ones, which is why they are made, and less often than targets the
grammar gives, which is why their events score lower (build.py)."""

from __future__ import annotations

from typing import Final

from dashboard.extract.actor_makers import state_of
from dashboard.extract.elimination_guards import takes_no_target_by_elimination
from dashboard.extract.frame import Frame
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.target_needs import TARGETLESS_MODES
from dashboard.extract.words import BE_FORMS, BOUNDARY_PUNCT, COORDINATORS, PREPOSITIONS

# Types whose frames may take a target by elimination; not the modes that stand without one
# (tests, drills, deployments) nor those that need both sides told (a deal agreed, ties restored):
# on the studied sets those guesses were right 10 times in 39, the others 78 in 119.
_ELIMINATION_TYPES: Final = frozenset({"statement", "sanction", "military", "relations", "agreement"})
_JOINERS: Final = frozenset({",", "and", "the"})  # what stands between imposers named together
_AUXILIARIES: Final = frozenset({"has", "have", "had", "will", "would"})
_NO_ELIMINATION_MODES: Final = TARGETLESS_MODES | {("military", "deployment"), ("agreement", "agree"),
                                                    ("relations", "restore")}


def left_without_target(frame: Frame) -> bool:
    """Whether the grammar left a frame with no target of any kind (none named, pointed back to,
    or shared), and its actor is neither a guess, a modifier, nor asked to act."""
    return (not frame.targets and not frame.referenced_type and not frame.reciprocal and not frame.weak_subject
            and not frame.control_mode and frame.actor_source not in ("modifier", "fallback"))


def may_take_target_by_elimination(frame: Frame) -> bool:
    """Whether a frame whose actor the grammar found, and no target, may take the one other
    country its sentence names: not when the actor is a guess, a modifier, or asked to act."""
    return (bool(frame.actors) and left_without_target(frame) and not frame.destination
            and frame.spec.event_type in _ELIMINATION_TYPES
            and (frame.spec.event_type, frame.mode) not in _NO_ELIMINATION_MODES)


def target_by_elimination(sf: SentenceFrames, frame: Frame) -> list[int]:
    """The unit of the only country besides the one actor's that the sentence names ("Japan said it
    had lodged a protest in Beijing"), or none when there are several, or when that country
    names a thing of the frame's own type ("withdrew from the Paris agreement")."""
    own = {state_of(sf.units[k]).country for k in frame.actors}
    if takes_no_target_by_elimination(sf.units, frame):
        return []  # "declined to say how many jets would go to Ukraine", "as long as Chile refused"
    if len(own) != 1 and not _imposers_named_together(sf, frame):
        return []  # "both leaders stressed mutual support": two sides, said of each other
    found: dict[str, int] = {}
    for k, unit in enumerate(sf.units):
        country = state_of(unit).country
        if not country or country in own or k in frame.actors:
            continue
        if _names_a_thing_of(sf, k, frame.spec.event_type):
            return []
        found.setdefault(country, k)
    return list(found.values()) if len(found) == 1 else []


def _imposers_named_together(sf: SentenceFrames, frame: Frame) -> bool:
    """Whether a sanction's several actors are named side by side ("Washington and Brussels
    imposed sanctions on ..."), or any act's in a passive's "by" ("the coup in Niger was condemned
    by France, the US and the AU"): one side, not two sides said of each other."""
    ks = sorted(frame.actors)
    if frame.spec.event_type != "sanction" and not (frame.passive and frame.actor_source == "by") \
            or len({sf.units[k].text for k in ks}) != len(ks):
        return False  # "Both sides": one phrase read as the two, said of each other
    return all(sf.units[k].low in _JOINERS for a, b in zip(ks, ks[1:]) for k in range(a + 1, b))


def _names_a_thing_of(sf: SentenceFrames, k: int, event_type: str) -> bool:
    """Whether the country at ``k`` modifies a trigger noun of ``event_type`` within three words
    ("the Minsk agreements", "Japanese tariffs")."""
    for unit in sf.units[k + 1:k + 4]:
        if unit.low in BOUNDARY_PUNCT or unit.low in PREPOSITIONS or unit.low in COORDINATORS or unit.actor is not None:
            return False
        if unit.low in BE_FORMS or unit.low in _AUXILIARIES:
            return False  # "the coup in Niger was condemned": the country ends its phrase
        if any(spec.event_type == event_type for spec in unit.triggers()):
            return True
    return False
