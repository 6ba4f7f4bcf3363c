"""The modality of an event (asserted, planned, alleged, negated, hypothetical) from the cue
words around its trigger, and whether the sentence tells it as background history."""

from __future__ import annotations

from typing import Final

from dashboard.extract.context import SentenceContext
from dashboard.extract.frame import Frame
from dashboard.extract.held_forces import HELD
from dashboard.extract.sequence import crosses_time_phrase
from dashboard.extract.units import Unit
from dashboard.extract.words import (
    BOUNDARY_PUNCT,
    CLAUSE_WORDS,
    CONTROL_MODES,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
)

# How many units before a trigger a cue word still speaks of it, and after it.
LOCAL_CUE_WINDOW: Final = 5
AFTER_CUE_WINDOW: Final = 4


def _clause_break_between(units: list[Unit], left: int, right: int) -> bool:
    """A stop or a clause word between two units ("so far" is no clause: "had not so far sent")."""
    return any(u.text in BOUNDARY_PUNCT or u.low in CLAUSE_WORDS and not (u.low == "so" and units[k + 1].low == "far")
               for k, u in enumerate(units[left + 1:right], start=left + 1))


def modality_of(ctx: SentenceContext, frame: Frame) -> tuple[str, bool]:
    """The event's modality from cue words around it, and whether it is background history."""
    anchor = frame.support_index if frame.support_index is not None else frame.trigger_index
    if not _in_relative_clause(ctx.units, frame):
        anchor = min(anchor, frame.trigger_index)  # "the summit that Russia plans to host": the clause's own cues
    # A bare noun's modality sits right before it ("planned visits"); a cue further left
    # belongs to some other verb ("has not joined Western sanctions").
    window = 2 if frame.spec.pos == "noun" and frame.support_index is None else LOCAL_CUE_WINDOW
    if frame.spec.pos == "noun" and frame.support_index is None:
        cause = _causing_verb(ctx.units, frame.trigger_index)
        if cause >= 0:  # "could lead to arms deliveries": as sure as what would cause them
            anchor, window = cause, LOCAL_CUE_WINDOW
    best: tuple[int, str] | None = None
    background = conditional = negated = cancelled = False
    planned: int | None = None
    for k, unit in enumerate(ctx.units):
        for sense in unit.senses:  # most units have none
            if sense.kind != "cue":
                continue
            cue, scope = sense.role, sense.data
            if cue == "negated" and scope == "local" and 0 < anchor - k <= LOCAL_CUE_WINDOW \
                    and not _clause_break_between(ctx.units, k, anchor):
                negated = True
            if scope == "sentence" and k < anchor:
                distance = anchor - k + 10
            elif (scope == "local" and 0 < anchor - k <= window or scope == "object" and 0 < anchor - k <= LOCAL_CUE_WINDOW
                  or scope == "talks" and 0 < anchor - k <= LOCAL_CUE_WINDOW and frame.spec.event_type in ("meeting", "visit")
                  and not crosses_time_phrase(ctx.units, k, anchor)) \
                    and not _clause_break_between(ctx.units, k, anchor):
                distance = anchor - k
            elif scope == "self" and k == frame.trigger_index and frame.spec.event_type != "statement" \
                    and not (cue == "negated" and frame.spec.event_type == "sanction"):
                distance = 0  # "pledged troops to Haiti": still to come; "a boycott of Qatar" is itself the measure
            elif scope == "after" and 0 < k - frame.trigger_index <= AFTER_CUE_WINDOW and frame.spec.event_type != "statement":
                distance = k - frame.trigger_index
                # "would cut ties if it opened an office": a condition outweighs the future tense
                conditional = conditional or cue == "hypothetical"
            else:
                continue
            if cue == "background":
                background = True
                continue
            if cue == "none":
                continue
            if cue == "planned":
                planned = distance if planned is None else min(planned, distance)
                continue
            cancelled = cancelled or (cue == "negated" and scope in ("object", "after", "talks"))
            if best is None or distance < best[0]:
                best = (distance, cue)
    support = frame.support_index
    if support is not None and support < frame.trigger_index and any(
            unit.low == "no" for unit in ctx.units[support + 1:frame.trigger_index]):
        best = (0, "negated")  # "held no talks", "has signed no deal": the object is denied
    if frame.spec.object_class == HELD and ctx.units[frame.trigger_index + 1].low == "no":
        best = (0, "negated")  # "has no troops in Karabakh"
    # "called off a planned meeting", "the planned talks were cancelled": what was planned is off
    if planned is not None and not cancelled and (best is None or planned < best[0]):
        best = (planned, "planned")
    # "would sever ties and recognise China" shares the modal; "did not recall X and expelled Y" does not
    if best is None and frame.spec.pos == "verb" and anchor > 1 and ctx.units[anchor - 1].low == "and" \
            and not ctx.units[anchor].low.endswith("ed"):
        shared = _shared_cue(ctx.units, anchor - 1)
        if shared:
            return shared, background
    if best is None and planned is None and frame.spec.pos == "noun" and frame.support_index is None:
        trip = _trip_for(ctx.units, frame.trigger_index)
        if trip >= 0:  # "will fly to Belize on Sunday for talks": as sure as the trip made for them
            shared = _shared_cue(ctx.units, trip + 1)
            if shared:
                return shared, background
    if best is None and planned is None and frame.spec.pos == "verb":
        trip = _trip_to_do(ctx.units, anchor)
        if trip >= 0:  # "will visit Seoul on Monday to meet Roh": as sure as the trip made for it
            shared = _shared_cue(ctx.units, trip + 1)
            if shared:
                return shared, background
    if best is None and planned is None and (frame.spec.pos == "verb" or support is not None) \
            and _headline_infinitive(ctx.units, anchor):
        return "planned", background  # "Chile's president to visit Peru": headlines tell plans so
    if best is None and frame.spec.event_type != "statement" and (frame.spec.pos == "verb" or frame.support_index is not None) \
            and _attributed_after(ctx.units, anchor):
        return "alleged", background
    if best is None and frame.control_mode:
        # "accused Pyongyang of supplying": alleged; "warned Beijing against supplying": not done
        return CONTROL_MODES[frame.control_mode], background
    if conditional and (best is None or best[1] == "planned"):
        return "hypothetical", background
    if negated and best is not None and best[1] == "planned":
        return "negated", background  # "cancelled a planned visit": the plan is off
    return (best[1] if best else "asserted"), background


def _in_relative_clause(units: list[Unit], frame: Frame) -> bool:
    """Whether the frame's support verb heads a relative clause after its noun ("the treaty that
    Iran will sign")."""
    support = frame.support_index
    return support is not None and support > frame.trigger_index \
        and any(unit.low in ("that", "which") for unit in units[frame.trigger_index + 1:support])


_CAUSING: Final = frozenset({"lead to", "leads to", "led to", "leading to", "result in", "results in", "resulted in",
                             "resulting in", "pave the way for", "paves the way for", "paved the way for"})
_NOUN_MODIFIERS: Final = frozenset({"the", "a", "an", "new", "more", "further", "fresh", "weapons", "arms", "military"})
# "for talks", "on a state visit": the noun says what a trip is made for, or what kind it is.
_TRIP_PURPOSE: Final = frozenset({"for", "on"})


def _causing_verb(units: list[Unit], noun: int) -> int:
    """Where "lead to", "result in" or "pave the way for" governs the noun phrase of the event noun
    at ``noun`` ("could lead to North Korean arms deliveries"), else -1."""
    k = noun - 1
    while k >= 0 and noun - k <= 5 and (units[k].low in _NOUN_MODIFIERS or units[k].actor is not None
                                        or units[k].sense("demonym") is not None):
        k -= 1
    for width in (2, 4):
        if k - width + 1 >= 0 and " ".join(unit.low for unit in units[k - width + 1:k + 1]) in _CAUSING:
            return k - width + 1
    return -1


def _trip_for(units: list[Unit], noun: int) -> int:
    """Where the verb of a trip sits whose purpose or kind the event noun at ``noun`` names ("will
    travel on Wednesday to Montevideo for talks", "will leave for Doha on an official visit"),
    else -1."""
    k = noun - 1
    while k >= 0 and noun - k <= 3 and units[k].low in _NOUN_MODIFIERS:
        k -= 1
    if k < 1 or units[k].low not in _TRIP_PURPOSE:
        return -1
    return _trip_verb_back_from(units, k - 1)


def _trip_to_do(units: list[Unit], verb: int) -> int:
    """Where the verb of a trip sits whose purpose the infinitive at ``verb`` tells ("will fly to
    Seoul on Monday to meet Roh"), else -1."""
    if verb < 2 or units[verb - 1].low != "to":
        return -1
    return _trip_verb_back_from(units, verb - 2)


def _trip_verb_back_from(units: list[Unit], first: int) -> int:
    """The nearest verb of a trip at or before ``first``, within eight units and the same
    clause, else -1."""
    for j in range(first, max(-1, first - 8), -1):
        unit = units[j]
        if unit.text in BOUNDARY_PUNCT or unit.text in ",;" or unit.low in CLAUSE_WORDS:
            return -1
        if any(spec.pos == "verb" and spec.event_type == "visit" for spec in unit.triggers()):
            return j
    return -1


def _attributed_after(units: list[Unit], trigger: int) -> bool:
    """Whether the clause of the trigger ends in ", according to" a source ("aircraft crossed the
    median line, according to Taiwan's defence ministry"); not when a relative clause comes
    between ("launched a missile that flew 86 minutes, according to Japan")."""
    for k in range(trigger + 1, len(units) - 1):
        unit = units[k]
        if unit.text in BOUNDARY_PUNCT or unit.low in RELATIVE_PRONOUNS or unit.low in CLAUSE_WORDS:
            return False
        if unit.low == "according" and units[k + 1].low == "to" and units[k - 1].text == ",":
            # "Xi said the sides reached agreement, according to state media": the saying is
            return not any(before.low in REPORTING_VERBS for before in units[:trigger])
    return False


def _shared_cue(units: list[Unit], conjunction: int) -> str:
    """The modal cue of the first of two verbs joined by "and" ("would sever ties with Taiwan and
    recognise China": both planned), if the first verb's clause has one."""
    for k in range(conjunction - 1, max(-1, conjunction - 12), -1):
        unit = units[k]
        if unit.text in BOUNDARY_PUNCT or unit.text in ",;" or unit.low in CLAUSE_WORDS or unit.low == "and":
            return ""
        for sense in unit.all_senses("cue"):
            if sense.data == "local" and sense.role in ("planned", "hypothetical", "negated"):
                return sense.role
    return ""


_SUBJECT_JOINERS: Final = frozenset({"and", ",", "&"})


def _headline_infinitive(units: list[Unit], anchor: int) -> bool:
    """Whether the sentence is a headline's "Subject to VERB" ("French and German ministers to
    visit Kyiv", "Chile to sign pact with Peru"): the actors named, then "to" and the verb at
    ``anchor``, with no verb of their own to govern it."""
    if anchor < 2 or units[anchor - 1].low != "to":
        return False
    return units[0].actor is not None and all(unit.actor is not None or unit.low in _SUBJECT_JOINERS
                                              for unit in units[1:anchor - 1])
