"""A bloc suspending, expelling or readmitting a member state: "ECOWAS suspended Mali from its
bodies", "Guinea, suspended from the bloc, ...", "Cuba was expelled from the OAS", "the league
readmitted Syria". The gold sets code a suspension or expulsion as the bloc breaking relations
with the member, a readmission as the bloc restoring them; the bloc acts either way."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frame import Frame
from dashboard.extract.frames import SentenceFrames

MEMBER_SUSPENDED: Final = "member_suspended"
MEMBER_READMITTED: Final = "member_readmitted"
# Words that lead from the verb to the bloc a member leaves or rejoins, by object class.
MEMBER_LEADS: Final = {MEMBER_SUSPENDED: ("from", "of"), MEMBER_READMITTED: ("to", "into")}


def _bloc_after(sf: SentenceFrames, index: int, leads: tuple[str, ...]) -> int:
    """The bloc right after the verb at ``index`` behind one of ``leads`` ("suspended from the
    bloc", "kicked out of the OAS", "readmitted to the league"), or -1."""
    k = index + 1
    if k + 1 >= len(sf.units) or sf.units[k].low not in leads:
        return -1
    # "the bloc", "the regional bloc": the bloc's own unit after the article and describing words
    for k in range(k + 1, min(k + 4, len(sf.units))):
        actor = sf.units[k].actor
        if actor is not None and actor.kind == "group":
            return k
        if not sf.units[k].text.islower():
            return -1
    return -1


def _is_bloc(sf: SentenceFrames, k: int) -> bool:
    unit = sf.units[k]
    if unit.low == "the" and k + 1 < len(sf.units):
        unit = sf.units[k + 1]
    return unit.actor is not None and unit.actor.kind == "group"


def _state_after(sf: SentenceFrames, index: int) -> bool:
    after = sf.units[index + 1] if index + 1 < len(sf.units) else None
    # not "suspended its participation", "suspended Mali's membership" (another reading)
    return after is not None and after.actor is not None and after.actor.kind == "state" and not after.possessive


def suspends_member(sf: SentenceFrames, index: int) -> bool:
    """Whether the verb at ``index`` suspends or expels a state from a bloc: a bloc as subject
    and a state right after it ("ECOWAS suspended Mali"), or the verb followed by "from" or "of"
    and a bloc ("suspended from the bloc", "was kicked out of the OAS")."""
    return _member_act(sf, index, MEMBER_SUSPENDED)


def readmits_member(sf: SentenceFrames, index: int) -> bool:
    """Whether the verb at ``index`` takes a state back into a bloc: "the AU readmitted Mali",
    "Mali was readmitted to the African Union"."""
    return _member_act(sf, index, MEMBER_READMITTED)


def _member_act(sf: SentenceFrames, index: int, wanted: str) -> bool:
    if index + 1 >= len(sf.units):
        return False
    if sf.units[index + 1].low in MEMBER_LEADS[wanted]:
        return _bloc_after(sf, index, MEMBER_LEADS[wanted]) >= 0
    return _state_after(sf, index) and any(_is_bloc(sf, k) for k in sf.subject(index))


def member_sides(sf: SentenceFrames, index: int, frame: Frame, subject: list[int]) -> None:
    """"Mali was suspended from the AU", "Guinea, suspended from the bloc": the bloc after the verb
    acts on the member the subject names (the passive has no "by" to give it)."""
    bloc = _bloc_after(sf, index, MEMBER_LEADS[frame.spec.object_class])
    if bloc < 0:
        return
    members = []
    for k in subject:
        actor = sf.units[k].actor
        if actor is not None and actor.kind == "state":
            members.append(k)
    if members:
        frame.actors, frame.targets, frame.actor_source = [bloc], members, "subject"
