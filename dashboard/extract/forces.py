"""Armed forces on the move: "Russian troops arrived in Niamey" is a deployment, not a visit."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames
from dashboard.extract.model import ExtractedEvent
from dashboard.extract.modifier_lists import listed_from
from dashboard.extract.words import PREPOSITIONS


def forces_moved(sf: SentenceFrames, actors: list[int]) -> bool:
    """Whether the subject of a trip is a body of troops, ships or aircraft ("Russian troops",
    "U.S. and British submarines"): the head noun ends the actor or follows it."""
    if not actors:
        return False
    forces = sf.lexicon.word_classes.get("force", frozenset())
    k = actors[-1]
    unit = sf.units[k]
    if unit.possessive:
        return False
    words = unit.low.split()
    if words[-1] in forces or " ".join(words[-2:]) in forces:  # "troops", "Chinese research vessel"
        return True
    # "Russian warships", "a Chinese military surveillance aircraft": the head noun after a word or two
    for j in range(k + 1, min(len(sf.units), k + 1 + _HEAD_REACH)):
        after = sf.units[j]
        if after.low in forces:
            return True
        if after.actor is not None or not after.low.isalpha() or after.specs or after.text[:1].isupper():
            return False
    return False


_HEAD_REACH: Final = 3  # words between a force's owner and its head noun ("military surveillance aircraft")


def sent_to_attack(sf: SentenceFrames, index: int) -> bool:
    """"sent F-16 jets to bomb Cambodian targets": arms sent to attack with are used, not handed over."""
    assault = sf.lexicon.word_classes.get("assault", frozenset())
    for k in range(index + 1, min(len(sf.units) - 1, index + 7)):
        if sf.units[k].low == "to":
            return sf.units[k + 1].low in assault
        if sf.units[k].text in ".;:," or sf.units[k].actor is not None:
            return False
    return False


_BORDER_WORDS: Final = frozenset({"border", "borders", "frontier", "frontiers", "coast", "coastline"})


def to_own_border(sf: SentenceFrames, index: int) -> bool:
    """"moved troops to its northern border", "drills with Russia and China off its east coast":
    forces sent to, or drills held along, the actor's own edge stay at home (partners named on
    the way are passed over)."""
    for k in range(index + 1, min(len(sf.units) - 1, index + _EDGE_REACH)):
        unit = sf.units[k]
        if unit.text in ".;:" or (unit.text == "," and sf.units[k + 1].low not in _LIST_GLUE):
            return False
        if unit.actor is not None and not (k > 0 and sf.units[k - 1].low in _PARTNER_GLUE):
            return False
        if unit.low in ("its", "their"):
            return any(sf.units[j].low in _BORDER_WORDS for j in range(k + 1, min(len(sf.units), k + 4)))
        if unit.low == "the" and k > 0 and sf.units[k - 1].low in ("to", "along"):
            # "ordered troops to the western border": an edge named by no other side is the sender's own
            edge = next((j for j in range(k + 1, min(len(sf.units) - 1, k + 6)) if sf.units[j].low in _BORDER_WORDS), -1)
            return edge > 0 and sf.units[edge + 1].low not in ("with", "of", "between") and all(
                unit.actor is None and not unit.place_country for unit in sf.units[k + 1:edge])
    return False


def sent_to_edge(sf: SentenceFrames, index: int) -> bool:
    """"ordered troops to the western border", "moved units to its frontier": forces sent straight
    to an edge of the actor's own (``to_own_border``), not drills held somewhere along one, nor
    troops pulled "back to" it from somewhere the text does not name."""
    to = next((k for k in range(index + 1, min(len(sf.units), index + 6)) if sf.units[k].low in ("to", "toward", "towards")), -1)
    return to > 0 and to + 1 < len(sf.units) and sf.units[to + 1].low in ("the", "its", "their") \
        and sf.units[to - 1].low != "back" \
        and to_own_border(sf, index) and any(sf.units[j].low in _BORDER_WORDS for j in range(to + 2, min(len(sf.units), to + 7)))


_EDGE_REACH: Final = 14  # how far after the trigger the edge is looked for
# Words before a partner named on the way to the edge: "with Russia and China off its coast".
_PARTNER_GLUE: Final = frozenset({"with", "and", ","})
_LIST_GLUE: Final = frozenset({"and"})


def border_partner(sf: SentenceFrames, index: int) -> list[int]:
    """"massed troops on its border with Ukraine": forces at a shared border face the neighbour."""
    for k in range(index + 1, min(len(sf.units) - 2, index + 10)):
        unit = sf.units[k]
        if unit.text in ".;:" or unit.actor is not None:
            return []
        if unit.low in _BORDER_WORDS and sf.units[k + 1].low == "with" and sf.units[k + 2].actor is not None:
            return [k + 2]
    return []


def sent_home(sf: SentenceFrames, index: int) -> bool:
    """"to send Indian soldiers home", "brought its troops home": forces going home are deployed
    nowhere."""
    for k in range(index + 1, min(len(sf.units), index + 7)):
        unit = sf.units[k]
        if unit.low == "home":
            return True
        if unit.text in ".;:," or unit.low in ("to", "in", "into", "from"):
            return False
    return False


def withdrawn_past_owner(sf: SentenceFrames, index: int, frame_actors: list[int]) -> tuple[list[int], list[int]]:
    """"pull the last American troops out of Afghanistan": the demonym before the force noun
    names whose troops they are, not the country they leave, which comes after the noun.
    Returns (actors, targets); the owner is the actor only when the subject gave none."""
    forces = sf.lexicon.word_classes.get("force", frozenset())
    for k in range(index + 1, min(len(sf.units) - 1, index + 7)):
        unit = sf.units[k]
        if unit.text in ".;:," or (unit.actor is not None and unit.sense("demonym") is None):
            return frame_actors, []
        if unit.sense("demonym") is None:
            continue
        owners = listed_from(sf.units, k)  # "the last American and British troops": each country's
        last = owners[-1]
        end = last if sf.units[last].low.rsplit(" ", 1)[-1] in forces else \
            last + 1 if last + 1 < len(sf.units) and sf.units[last + 1].low in forces else -1
        if end >= 0:  # "American troops" is one unit, "Russian military instructors" may be two
            targets = sf.object_actors(index, ("from", "of", "out"), end_index=end)[0]
            return (frame_actors or owners), [t for t in targets if t not in owners]
    return frame_actors, []


_ANSWER_VERBS: Final = frozenset({"respond", "counter", "retaliate", "monitor", "shadow"})


def sent_to_respond(sf: SentenceFrames, index: int) -> bool:
    """"said it had sent forces to respond": troops sent in answer to an act told before; jets
    scrambled, or shadowing another's, always answer one."""
    if sf.units[index].low.startswith(("scrambl", "shadow", "tail")):
        return True
    for k in range(index + 1, min(len(sf.units), index + 8)):
        unit = sf.units[k]
        if unit.text in ".;:," or unit.actor is not None:
            return False
        if unit.low in _ANSWER_VERBS and sf.units[k - 1].low == "to":
            return True
    return False


_PLACE_PREPS: Final = frozenset({"in", "to", "into", "at"})


def place_called_there(sf: SentenceFrames, index: int, actors: list[int]) -> list[int]:
    """"sent troops to its base in Qatar, and Ankara soon deployed more soldiers there": "there"
    after the forces is the latest place named in the sentence after a place preposition."""
    for k in range(index + 1, min(len(sf.units), index + 6)):
        unit = sf.units[k]
        if unit.text in ".;:," or unit.actor is not None:
            return []
        if unit.low == "there":
            break
    else:
        return []
    for j in range(index - 1, 0, -1):
        if sf.units[j].actor is not None and j not in actors and sf.units[j - 1].low in _PLACE_PREPS:
            return [j]
    return []


_FLIGHT_VERBS: Final = frozenset({"fly", "flies", "flew", "flown", "flying"})
# Words after "flew" that tell where or how, not what was flown ("flew home", "flew overnight").
_FLIGHT_ADVERBS: Final = frozenset({"home", "back", "out", "in", "off", "over", "into", "onward", "onwards", "there",
                                    "here", "again", "together", "overnight", "directly", "straight", "north",
                                    "south", "east", "west", "abroad", "the"})


def flew_a_mission(sf: SentenceFrames, index: int) -> bool:
    """"Moscow and Beijing fly a joint bomber patrol", "jets flew 20 sorties": a flight verb with
    an object of its own and no destination is a military flight, not a trip."""
    if sf.units[index].low not in _FLIGHT_VERBS or index + 1 >= len(sf.units):
        return False
    after = sf.units[index + 1]
    return (after.low.isalnum() and after.actor is None and not after.is_placeish and not after.text[:1].isupper()
            and after.low not in PREPOSITIONS and after.low not in _FLIGHT_ADVERBS and not after.low.endswith("ly"))


def without_drill_deployments(events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """"Russia and Belarus began joint exercises, deploying troops to training grounds in Belarus":
    forces moved for drills told in the same sentence are part of the drills, not a deployment
    of their own. ``events`` are one sentence's."""
    drills = [e for e in events if e.event_type == "military" and e.event_mode == "exercise"]
    if not drills:
        return events
    return [e for e in events if not (e.event_type == "military" and e.event_mode == "deployment" and any(
        e.actor_country in (d.actor_country, d.target_country)
        and e.target_country in (None, d.actor_country, d.target_country, d.place_country) for d in drills))]


# Words a trip noun's "of" phrase may hold before its head: "the visit of a U.S. nuclear
# ballistic missile submarine to Korea".
_OF_PHRASE_REACH: Final = 7
# Force words that travel as a delegation: "the visit of senior officers to Moscow" is a visit.
_DELEGATES: Final = frozenset({"officers", "police officers"})


def forces_of_trip(sf: SentenceFrames, index: int) -> bool:
    """Whether the trip noun at ``index`` is made by forces named in its "of" phrase ("the
    upcoming visit of a U.S. submarine to Korea", "the arrival of Russian troops in Mali"):
    a deployment, not a visit."""
    units = sf.units
    if index + 1 >= len(units) or units[index + 1].low != "of":
        return False
    forces = sf.lexicon.word_classes.get("force", frozenset())
    for k in range(index + 2, min(len(units), index + 2 + _OF_PHRASE_REACH)):
        unit = units[k]
        if unit.low in PREPOSITIONS or not (unit.text[:1].isalnum() or unit.text in ("-", "'s")):
            return False  # the phrase ended ("to Korea", a comma) before any force
        words = unit.low.split()
        if words[-1] in _DELEGATES:
            return False
        if words[-1] in forces or " ".join(words[-2:]) in forces:
            return True
    return False
