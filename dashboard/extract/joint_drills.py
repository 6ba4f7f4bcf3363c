"""A joint drill told as the object of a verb that does not hold it: "postponed a joint military
exercise with Georgia", "confirmed the dates of joint exercises with Russia". The word "joint"
and the partner after "with" make the drill the clause subject's own, shared with the partner,
though the verb (postpone, confirm, plan) is no verb of holding drills."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames

_JOINT: Final = frozenset({"joint", "combined", "bilateral"})
# Words that may stand between "joint" and the drill noun: "joint military exercise", "joint
# naval and air drills"; the drill noun may itself hold "joint" ("joint exercises").
_BETWEEN: Final = frozenset({"military", "naval", "air", "land", "maritime", "army", "navy", "large-scale",
                             "live-fire", "and", "annual", "major", "significant", "first", "new", "planned",
                             "regular", "anti-terror", "anti-terrorism", "counter-terrorism", "sea"})
_CONFIRMING: Final = frozenset({"confirmed", "confirms"})


def is_joint(sf: SentenceFrames, index: int) -> bool:
    """Whether the drill noun at ``index`` is told as joint ("joint naval exercises")."""
    if sf.units[index].low.startswith(tuple(_JOINT)):
        return True
    k = index - 1
    while k >= 0 and index - k <= 4:
        low = sf.units[k].low
        if low in _JOINT:
            return True
        if low not in _BETWEEN:
            return False
        k -= 1
    return False


def joint_drill_holder(sf: SentenceFrames, index: int, targets: list[int]) -> list[int]:
    """The subject that holds the joint drill at ``index`` with the partner(s) ``targets`` read
    after "with"; none when the drill is not joint, no partner follows "with", or the subject
    is one of the partners."""
    if not targets or not is_joint(sf, index):
        return []
    partner = targets[0]
    if not any(sf.units[k].low == "with" for k in range(index + 1, partner)):
        return []
    holders = [k for k in sf.subject(index) if k not in targets]
    if not holders and (verb := _confirming_before(sf, index)) >= 0:
        holders = [k for k in sf.subject(verb) if k not in targets]  # "confirmed the dates of joint drills"
    if not holders or holders[0] > index:
        return []
    if any(spec.event_type == "statement" and unit.low not in _CONFIRMING
           for unit in sf.units[holders[-1] + 1:index] for spec in unit.specs):
        return []  # "condemned the joint drills with Seoul": a judge of someone else's drills
    return holders[:1]


def _confirming_before(sf: SentenceFrames, index: int) -> int:
    """The "confirmed" whose object holds the drill noun at ``index`` ("confirmed the dates of
    joint exercises"): a verb of reporting the subject search stops at, though it takes a plain
    object here; -1 when there is none within a few words."""
    for k in range(index - 1, max(-1, index - 8), -1):
        if sf.units[k].low in _CONFIRMING:
            return k
        if sf.units[k].text in ",;" or sf.units[k].low == "that":
            break
    return -1
