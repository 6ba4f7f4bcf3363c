"""Mediation told loosely: "Turkey brokered the deal with the United Nations" names a second
broker after "with", and a deal brokered between nobody named was between the sides of the
latest two-country event."""

from __future__ import annotations

from typing import Final

from dashboard.extract.actor_makers import state_of
from dashboard.extract.facilitation import FACILITATED
from dashboard.extract.frame import Frame
from dashboard.extract.frames import SentenceFrames

_DETERMINERS: Final = ("the", "a", "an")
# Those who mediate, named by a noun: told with no sides, they stand between the latest pair.
MEDIATOR_NOUNS: Final = frozenset({"mediator", "mediators", "go-between", "go-betweens", "facilitator", "facilitators"})

# How far after the verb the "with" of a second broker may come ("brokered the original grain
# agreement with the UN").
_WITH_REACH: Final = 8


def deal_brokers(sf: SentenceFrames, index: int, actors: list[int]) -> list[int] | None:
    """The brokers of a deal, talks or exchange brokered between nobody named ("had facilitated
    the arrangement"), with a group named after "with" added; None when the verb's object is
    no such dealing."""
    # "mediating a dialogue", "facilitated the arrangement": talks and exchanges too ("broker" takes deals only)
    classes = ("agreement", "outcome", FACILITATED) if sf.units[index].low.startswith(("facilitat", "mediat")) \
        else ("agreement", "outcome")
    if not actors or not any(sf.object_has_class(index, cls) for cls in classes):
        return None
    for k in range(index + 1, min(len(sf.units) - 1, index + _WITH_REACH)):
        if sf.units[k].text in ".;,":
            break
        if sf.units[k].low != "with":
            continue
        j = k + 1
        while j < len(sf.units) and sf.units[j].low in _DETERMINERS:
            j += 1
        if j < len(sf.units) and sf.units[j].actor is not None and not sf.units[j].possessive \
                and state_of(sf.units[j]).kind == "group" and j not in actors:
            return [*actors, j]
        break
    return actors


def host_of_met(sf: SentenceFrames, index: int, actors: list[int]) -> list[int]:
    """"A and B met in X, in talks hosted by C": the sides of the meeting told before the talks
    noun, whom their host C mediates between; [] when no such meeting is told."""
    for k in range(index - 1, -1, -1):
        if sf.units[k].text in ".;":
            break
        if any(spec.pos == "verb" and spec.event_type == "meeting" and spec.event_mode == "talks"
               for spec in sf.units[k].triggers()):
            sides = [j for j in sf.subject(k) if j not in actors]
            return sides if len(sides) >= 2 else []
    return []


# Words that may follow a mediation verb used without an object ("had mediated since 2017").
_AFTER_INTRANSITIVE: Final = frozenset({"since", "for", "during", "throughout", "until", "in", "on", "at", "behind",
                                        "quietly", "repeatedly", "successfully", "again", ",", ".", ";", "and"})


def mediated_alone(sf: SentenceFrames, index: int) -> bool:
    """"Kuwait had mediated since the first days of the crisis": a mediation verb told with no
    one it mediates for, between the sides of the latest two-country event."""
    unit = sf.units[index]
    if not unit.low.startswith("mediat") or index + 1 >= len(sf.units):
        return unit.low.startswith("mediat") and index + 1 == len(sf.units)
    return sf.units[index + 1].low in _AFTER_INTRANSITIVE


def hyphen_broker(sf: SentenceFrames, index: int) -> tuple[list[int], list[int]] | None:
    """"Bahrain and Israel established ties under U.S.-brokered accords": the name before the
    hyphen mediates between the sides its clause's verb has as subject (two or more); None when
    the trigger at ``index`` is no such compound."""
    units = sf.units
    if index < 2 or units[index - 1].low != "-":
        return None
    broker = state_of(units[index - 2]).country  # "Qatari-mediated": a bare demonym is no actor
    if not broker:
        return None
    for k in range(index - 3, -1, -1):
        if units[k].text in ".;":
            break
        if units[k].sense("support") is not None or any(spec.pos == "verb" for spec in units[k].triggers()):
            sides = [j for j in sf.subject(k) if state_of(units[j]).country not in (broker, "")]
            return ([index - 2], sides) if len({state_of(units[j]).country for j in sides}) >= 2 else None
    return None


def mediated_for_latest(sf: SentenceFrames, index: int, frame: Frame) -> None:
    """A mediation told with its mediator but no sides stands between the latest pair: a
    mediator noun ("Qatar acted as go-between"), a mediation by someone ("the mediation efforts
    led by Qatar") and talks or a deal mediated by someone ("The
    talks, mediated by Norway, ..."; "were facilitated by Turkey")."""
    if frame.mode != "mediation" or frame.targets or frame.referenced_type:
        return
    unit = sf.units[index]
    if frame.spec.pos == "noun":
        if frame.actors and unit.low in MEDIATOR_NOUNS:
            frame.referenced_type = "sides"
        elif frame.actors and unit.low.startswith("mediation"):
            frame.targets = adjunct_sides(sf, index, frame.actors)
            if not frame.targets and sf.by_phrase(index, ("by",)):
                frame.referenced_type = "sides"  # "the mediation effort led by Qatar": between the latest pair
        return
    if index + 1 < len(sf.units) and sf.units[index + 1].low == "by" and index > 0 \
            and (frame.passive or sf.units[index - 1].text == ","):
        brokers = sf.by_phrase(index, ("by",))
        if brokers:
            frame.actors, frame.passive, frame.referenced_type = brokers, True, "sides"


# Prepositions that make a mediation the circumstance of a clause ("after mediation by Qatar").
_ADJUNCT_PREPS: Final = frozenset({"after", "under", "with", "through", "following", "via", "amid"})


def adjunct_sides(sf: SentenceFrames, index: int, mediators: list[int]) -> list[int]:
    """"Kenya and Somalia restored ties after mediation by Qatar", "met under the mediation of
    Angola's president": the sides of the clause the mediation noun is a circumstance of, which
    its mediator stands between; [] when the noun follows no such preposition or the clause names
    fewer than two other countries."""
    units = sf.units
    k = index - 1
    while k >= 0 and k > index - 4 and units[k].low not in _ADJUNCT_PREPS:
        k -= 1
    if k < 1 or units[k].low not in _ADJUNCT_PREPS:
        return []
    brokers = {state_of(units[j]).country for j in mediators}
    for verb in range(k - 1, -1, -1):
        if units[verb].text in ".;":
            break
        if units[verb].sense("support") is None and not any(spec.pos == "verb" for spec in units[verb].triggers()):
            continue
        sides = [j for j in sf.subject(verb) if state_of(units[j]).country not in brokers | {""}]
        sides += [j for j in sf.object_actors(verb, ("=", "with"), end_index=k)[0]
                  if j not in sides and state_of(units[j]).country not in brokers | {""}]
        return sides if len({state_of(units[j]).country for j in sides}) >= 2 else []
    return []
