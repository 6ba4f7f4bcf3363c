"""Two sayings of one speaker joined by "and": "condemned the violence and urged Belgrade and
Pristina to show restraint", "called the plan reckless and said Tokyo should drop it". A judgement
of a thing whose doer nobody names is aimed at whom the joined saying addresses or speaks of (not
a verb of a relative clause: "thanked X for what he called ... and accused Y" joins "thanked")."""

from __future__ import annotations

from typing import Final

from dashboard.extract.actor_makers import state_of
from dashboard.extract.frame import Frame
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.words import BOUNDARY_PUNCT, REPORTING_VERBS

# The joined sayings that address the doer of what was judged: "urged Tehran to stop" (not
# "warned Iran against any intervention", whose hearer may be a third side).
_ASKING: Final = frozenset({"appeal", "demand"})
# The judgements that take the joined saying's hearer; not a rejection or an accusation, aimed at
# whoever made the claim ("rejected the accusations and said Niger had ...").
JUDGEMENTS: Final = frozenset({"criticism", "praise"})
_RELATIVES: Final = frozenset({"what", "which", "that", "who", "whom"})
_WINDOW: Final = 16  # how far after the verb the joining "and" may come
_CLAUSE: Final = 24  # how far into the joined report its country may come


def joined_saying_aim(sf: SentenceFrames, frame: Frame) -> list[int]:
    """The hearers (unit indices) of the appeal or demand that "and" joins to ``frame``'s verb, or
    the first other country a joined report ("and said ...") names; none when there is none."""
    units = sf.units
    first = min([frame.trigger_index, *frame.actors])
    if first > 0 and units[first - 1].low in _RELATIVES:
        return []
    own = {code for code in (state_of(units[k]).country for k in frame.actors) if code}
    for k in range(frame.trigger_index + 1, min(len(units) - 1, frame.trigger_index + _WINDOW)):
        unit = units[k]
        if unit.text in BOUNDARY_PUNCT or unit.actor is not None:
            return []
        if unit.low != "and":
            continue
        verb = k + 2 if units[k + 1].low == "also" and k + 2 < len(units) else k + 1
        if units[verb].low in REPORTING_VERBS:
            return _first_other(sf, verb, own)
        for spec in units[verb].triggers():
            if spec.event_type == "statement" and spec.pos == "verb" and spec.event_mode in _ASKING:
                actors, _ = sf.object_actors(verb, spec.preps)
                return [j for j in actors if state_of(units[j]).country not in own]
        return []
    return []


def _first_other(sf: SentenceFrames, verb: int, own: set[str]) -> list[int]:
    """The first actor after a reporting verb, in its clause, whose country is not the speaker's."""
    for k in range(verb + 1, min(len(sf.units), verb + _CLAUSE)):
        unit = sf.units[k]
        if unit.text in BOUNDARY_PUNCT:
            return []
        if unit.actor is not None:
            country = state_of(unit).country
            if country and country not in own:
                return [k]
    return []
