"""Launches named by their object: "the missile launched on Thursday was a new ICBM", "larger
than the Hwasong-18 tested in 2023". The participle after the missile names no launcher; the
article's latest launcher is it, else the country that reports the launch."""

from __future__ import annotations

from dashboard.extract.actor_makers import state_actor
from dashboard.extract.context import SentenceContext
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.units import Actor
from dashboard.extract.words import REPORTING_VERBS

LAUNCHED = "launched"  # Frame.referenced_type of a launch named by its missile


def launched_object(sf: SentenceFrames, index: int) -> bool:
    """Whether the participle at ``index`` follows the missile it tells of, with no agent
    after it ("the missile launched on Thursday", "the Hwasong-18 tested in 2023")."""
    if index == 0 or not sf.units[index].low.endswith("ed"):
        return False
    if index + 1 < len(sf.units) and sf.units[index + 1].low == "by":
        return False  # "missiles fired by the North": the agent is named
    missiles = sf.lexicon.word_classes.get("missile", frozenset())
    before = sf.units[index - 1]
    return (before.actor is None and not before.specs
            and any(piece in missiles for piece in before.low.replace("-", " ").split()))


def launched_by(ctx: SentenceContext) -> list[Actor]:
    """Who launched a missile named by its object: whoever carried out the latest launch told
    before, else the country of the one who tells of it in this sentence ("North Korean state
    media said that the missile launched ...")."""
    for event in reversed(ctx.recent):
        if event.event_mode == "missile_test" and event.actor_country and event.evidence \
                and event.evidence[0].char_start < ctx.start:
            return [state_actor(event.actor_country)]
    for k, unit in enumerate(ctx.units):
        if unit.actor is not None and unit.actor.country and not unit.possessive:
            told = k + 1 < len(ctx.units) and ctx.units[k + 1].low in REPORTING_VERBS
            return [state_actor(unit.actor.country)] if told else []
    return []
