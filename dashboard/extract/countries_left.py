"""Forces pulled out, told with the place left as "the country" or with a noun: "its troops would
leave the country", "the withdrawal of Dutch troops from Chad", "Spain's pullout from the
country". A pull-out is a deployment (its end) by the state whose forces leave; the target is the
state left. "The country", or a state left unnamed, is the state named before it in the sentence,
other than the leaver's (one named after "in" first: "actions in Chad ... its withdrawal from the
country"); forces of several states pulled back ("Thai and Cambodian troops") leave none named."""

from __future__ import annotations

from typing import Final

from dashboard import gazetteer
from dashboard.extract.actor_makers import state_of
from dashboard.extract.frame import Frame
from dashboard.extract.frames import SentenceFrames

FORCES_GONE: Final = "forces_gone"
# Words between "of" and the force noun: "the withdrawal of all remaining foreign combat troops".
_FILLERS: Final = frozenset({"the", "all", "its", "their", "last", "remaining", "foreign", "combat", "some", "most",
                             "about", "around", "nearly", "over", "more", "than", "of", "and", ",", "military"})
_OF_REACH: Final = 7  # words between "of" and the force noun
_FROM_REACH: Final = 3  # words between the forces (or the noun) and "from"
# Words before the state left that keep it the state: "from southern Lebanon", "from the north of".
_AREA_WORDS: Final = frozenset({"the", "southern", "northern", "eastern", "western", "central"})


def _state(sf: SentenceFrames, k: int) -> str:
    """The country of the state (not a group or person) the unit at ``k`` names, or ""."""
    actor = sf.units[k].actor
    return actor.country if actor is not None and actor.kind == "state" and actor.country else ""


def _place_named(sf: SentenceFrames, k: int) -> str:
    """The country of a state or of a body of one ("the Chadian delegation"), not of a group."""
    actor = sf.units[k].actor
    if actor is None or actor.kind not in ("state", "description", "institution") or not actor.country:
        return ""
    entry = gazetteer.country(actor.country)
    return "" if entry is not None and entry.is_group else actor.country


def _the_country(sf: SentenceFrames, k: int) -> bool:
    """Whether "the country" starts at ``k``, or "country" alone after a trigger unit ending in "the"."""
    units = sf.units
    if k < len(units) and units[k].low == "country":
        return k > 0 and units[k - 1].low.endswith(" the")
    return k + 1 < len(units) and units[k].low == "the" and units[k + 1].low == "country"


def country_left(sf: SentenceFrames, index: int, own: set[str]) -> list[int]:
    """The state named before ``index`` that "the country" stands for: one after "in" first, else
    the nearest; never one of the leavers' own (``own``)."""
    nearest = -1
    for k in range(index - 1, -1, -1):
        country = _place_named(sf, k)
        if not country or country in own:
            continue
        if k > 0 and sf.units[k - 1].low == "in":
            return [k]
        nearest = k if nearest < 0 else nearest
    return [nearest] if nearest >= 0 else []


def country_left_behind(sf: SentenceFrames, index: int, actors: list[int]) -> list[int]:
    """"French troops would leave the country", "Dutch troops withdrew from the country": the
    state that "the country" after the verb at ``index`` (or after "from" a few words on) stands for."""
    k = index + 1
    end = min(len(sf.units), index + 2 + _OF_REACH)
    while k < end and not _the_country(sf, k) and sf.units[k].text not in ".;:,":
        k += 1
    if k >= end or not _the_country(sf, k) or (k > index + 1 and sf.units[k - 1].low != "from"):
        return []
    own = {state_of(sf.units[a]).country for a in actors}
    return country_left(sf, index, own) if actors else []


def _force_owners(sf: SentenceFrames, start: int) -> tuple[list[int], int]:
    """(owners, end of the forces) of "Dutch and Belgian troops", "US-led foreign forces" from ``start``."""
    forces = sf.lexicon.word_classes.get("force", frozenset())
    owners: list[int] = []
    for k in range(start, min(len(sf.units), start + _OF_REACH)):
        unit = sf.units[k]
        words = unit.low.split()
        if unit.actor is not None and unit.actor.country and unit.actor.kind != "person" \
                or unit.sense("demonym") is not None:
            owners.append(k)  # each of "Dutch and Belgian troops"
            if words[-1] in forces:  # "Dutch troops" is one unit
                return owners, k
            continue
        if unit.low in forces:
            return owners, k
        if unit.low not in _FILLERS and not unit.low.replace(",", "").isdigit():
            return [], -1
    return [], -1


def _left(sf: SentenceFrames, after: int, own: set[str]) -> tuple[list[int], bool]:
    """(state left, whether a "from" phrase names something else) after ``after``."""
    for k in range(after + 1, min(len(sf.units) - 1, after + 1 + _FROM_REACH)):
        if sf.units[k].low != "from":
            continue
        if _the_country(sf, k + 1):
            return country_left(sf, k, own), False
        j = k + 1
        while j < len(sf.units) - 1 and sf.units[j].low in _AREA_WORDS:
            j += 1
        country = _place_named(sf, j)
        if country and country not in own and not sf.object_has_class(j - 1, "agreement"):
            return [j], False
        return [], True
    return [], False


def withdrawal_told(sf: SentenceFrames, index: int, frame: Frame) -> bool:
    """Fill in ``frame`` for the noun at ``index`` when it tells forces pulled out: "the withdrawal
    of Dutch troops (from Chad)", "Spain's withdrawal from Chad" or "from the country". A state's
    own withdrawal needs the state left named: it may leave a pact or a body."""
    units = sf.units
    owners, end = _force_owners(sf, index + 2) if index + 2 < len(units) and units[index + 1].low == "of" else ([], -1)
    if not owners:
        # "Spain's withdrawal from Chad"; not "the Spanish withdrawal from Chad", a name for a
        # past episode that the gold sets leave uncoded (2 false alarms, none right)
        possessor = sf.possessor(index)
        owners, end = ([possessor] if possessor is not None and _state(sf, possessor) else []), index
    if not owners:
        return False
    own = {state_of(units[k]).country for k in owners}
    targets, other = _left(sf, end, own)
    if other or (end == index and not targets):
        return False
    if not targets and len(own) == 1:  # "since the junta took power in Chad after the withdrawal of US forces"
        targets = country_left(sf, index, own)
    frame.actors, frame.targets, frame.actor_source = owners, targets, "possessive"
    return True
