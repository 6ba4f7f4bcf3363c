"""A bloc suspending, expelling or readmitting a member state: "ECOWAS suspended Mali from its
bodies", "Guinea, suspended from the bloc, ...", "Cuba was expelled from the OAS", "the league
readmitted Syria", "a decision to readmit Syria to the Arab League", "the bloc had suspended two
other members - Guinea and Mali". The gold sets code a suspension or expulsion as the bloc
breaking relations with the member, a readmission as the bloc restoring them; the bloc acts
either way."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frame import Frame
from dashboard.extract.frames import SentenceFrames

MEMBER_SUSPENDED: Final = "member_suspended"
MEMBER_READMITTED: Final = "member_readmitted"
# Words that lead from the verb to the bloc a member leaves or rejoins, by object class.
MEMBER_LEADS: Final = {MEMBER_SUSPENDED: ("from", "of"), MEMBER_READMITTED: ("to", "into")}
# Nouns that count members before the list naming them: "two other members - Guinea and Mali".
_COUNTED: Final = frozenset({"member", "members", "state", "states", "country", "countries", "nation", "nations"})
_APPOSITION: Final = frozenset({",", "-", "\u2013", "\u2014", ":", "("})


def _bloc_after(sf: SentenceFrames, index: int, leads: tuple[str, ...]) -> int:
    """The bloc right after the verb at ``index`` behind one of ``leads`` ("suspended from the
    bloc", "kicked out of the OAS", "readmitted to the league"), or -1."""
    k = index + 1
    if k + 1 >= len(sf.units) or sf.units[k].low not in leads:
        return -1
    # "the bloc", "the regional bloc", "the 22-member Arab League": the bloc's own unit after the
    # article and describing words
    for k in range(k + 1, min(k + 6, len(sf.units))):
        actor = sf.units[k].actor
        if actor is not None and actor.kind == "group":
            return k
        text = sf.units[k].text
        if not (text.islower() or text.isdigit() or text == "-"):
            return -1
    return -1


def _is_bloc(sf: SentenceFrames, k: int) -> bool:
    unit = sf.units[k]
    if unit.low == "the" and k + 1 < len(sf.units):
        unit = sf.units[k + 1]
    return unit.actor is not None and unit.actor.kind == "group"


def _is_state(sf: SentenceFrames, k: int) -> bool:
    unit = sf.units[k] if k < len(sf.units) else None
    # not "suspended its participation", "suspended Mali's membership" (another reading)
    return unit is not None and unit.actor is not None and unit.actor.kind == "state" and not unit.possessive


def _counted_members(sf: SentenceFrames, index: int) -> int:
    """"suspended two other members - Guinea and Mali": the first state of the list set off after
    the counted noun, or -1."""
    units = sf.units
    for k in range(index + 1, min(index + 5, len(units))):
        if units[k].low in _COUNTED:
            return k + 2 if k + 1 < len(units) and units[k + 1].text in _APPOSITION and _is_state(sf, k + 2) else -1
        if not (units[k].text.islower() or units[k].text.isdigit()):
            return -1
    return -1


def member_objects(sf: SentenceFrames, index: int) -> list[int]:
    """The member states the verb at ``index`` takes as object: "suspended Mali", "readmitted
    Syria", "suspended two members, Guinea and Mali"."""
    first = index + 1 if _is_state(sf, index + 1) else _counted_members(sf, index)
    return sf.coordinated_right(first) if first >= 0 else []


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
    members = member_objects(sf, index)
    # "readmit Syria to the Arab League": the bloc named after the member, whoever the subject is
    return bool(members) and (any(_is_bloc(sf, k) for k in sf.subject(index))
                              or _bloc_after(sf, members[-1], MEMBER_LEADS[wanted]) >= 0)


def member_sides(sf: SentenceFrames, index: int, frame: Frame, subject: list[int]) -> None:
    """"Mali was suspended from the AU", "Guinea, suspended from the bloc": the bloc after the verb
    acts on the member the subject names (the passive has no "by" to give it). "Readmit Syria to
    the league", "suspended two members, Guinea and Mali": the bloc after the members or the
    subject acts on them."""
    leads = MEMBER_LEADS[frame.spec.object_class]
    members = member_objects(sf, index)
    if members and not frame.passive:
        bloc = _bloc_after(sf, members[-1], leads)
        frame.actors = [bloc] if bloc >= 0 else frame.actors
        frame.targets = frame.targets or members
        return
    bloc = _bloc_after(sf, index, leads)
    if bloc < 0:
        return
    members = []
    for k in subject:
        actor = sf.units[k].actor
        if actor is not None and actor.kind == "state":
            members.append(k)
    if members:
        frame.actors, frame.targets, frame.actor_source = [bloc], members, "subject"
