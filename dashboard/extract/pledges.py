"""Pledges and offers (CAMEO 03, intent to cooperate): "offered to hand over the suspects to
Britain", "pledged $50 million in aid to Jordan", "seeking to deepen their partnership", "as a
goodwill gesture to Abbas": aimed at whom the promised act would help."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from dashboard.extract.frames import SentenceFrames
from dashboard.extract.objects import class_word, object_fits
from dashboard.extract.words import TIME_WORDS

if TYPE_CHECKING:
    from dashboard.extract.frame import Frame

_MODALS: Final = frozenset({"will", "would", "shall", "'ll"})
_ACT_PREPS: Final = ("=", "to", "with", "for")
# The word classes of promised acts, with the CAMEO code each is coded with; what is given
# must be aid ("ready to give a crushing response" is no pledge).
_ACT_CODES: Final = (("pledge_aid", "033"), ("pledge_give", "033"), ("pledge_yield", "035"),
                     ("pledge_withdraw", "035"), ("pledge_meet", "036"), ("pledge_mediate", "039"),
                     ("pledge_cooperate", "030"))


def pledge_frame(sf: SentenceFrames, index: int, frame: Frame) -> bool:
    """Fill in a pledge's targets and code; False when no cooperative act toward another side
    is promised (or the act is an event of its own, such as "pledged to send tanks")."""
    spec = frame.spec
    if frame.passive:
        return False
    if spec.object_class == "aid":
        if spec.phrase == "provide aid" and (index == 0 or sf.units[index - 1].low not in _MODALS):
            return False  # "provided aid to Haiti" is aid given, no pledge
        if sf.object_has_class(index, "weapon"):
            return False  # aid that is arms: an arms transfer
        frame.cameo = "033"
        aid = class_word(sf, index, "aid")
        if aid is not None:  # "pledged $50 million in aid to Jordan"
            frame.targets = sf.object_actors(aid, ("to", "for"))[0] or frame.targets
    elif spec.object_class == "partnership":
        # "seeking to deepen their partnership"; not "deepened ties" nor "agreed to deepen ties"
        seeking = sf.lexicon.word_classes.get("seeking", frozenset())
        before = sf.units[index - 1].low if index else ""
        if not (before.endswith(" to") and before[:-3] in seeking  # "seeking to" matched as one cue
                or before == "to" and index >= 2 and sf.units[index - 2].low in seeking):
            return False
    elif spec.pos == "noun":
        frame.cameo = "035"  # a goodwill gesture yields something
        if not frame.actors:  # "Israel freed 150 prisoners as a goodwill gesture to Egypt"
            lead = index - 2 if index >= 2 and sf.units[index - 2].low == "as" else index  # "as a goodwill gesture"
            frame.actors = [k for k in sf.subject(lead) if k not in frame.targets]
            frame.actor_source = "subject"
    else:
        act = _act_index(sf, index)
        if act is None:
            return False
        code, last, word_class = _act_code(sf, act)
        if not code or any(other.event_mode != "pledge" and other.object_class != "force_away"
                           and object_fits(sf, act, other) for other in sf.units[act].triggers()):
            return False
        preps = (*_ACT_PREPS, "from") if word_class == "pledge_withdraw" else _ACT_PREPS
        frame.targets = sf.object_actors(last, preps)[0]
        frame.cameo = code
    return bool(frame.targets)


def _act_index(sf: SentenceFrames, index: int) -> int | None:
    """The verb of "to <verb>" after the trigger, past a short time phrase."""
    if sf.units[index].low.endswith(" to"):
        return index + 1 if index + 1 < len(sf.units) else None
    for k in range(index + 1, min(len(sf.units) - 1, index + 5)):
        unit = sf.units[k]
        if unit.low == "to":
            return k + 1
        if unit.low not in TIME_WORDS and unit.low != "on":
            return None
    return None


def _act_code(sf: SentenceFrames, act: int) -> tuple[str, int, str]:
    """The CAMEO code of the promised act ("" when it is not a cooperative one), the index of
    its last word ("hand over") and its word class."""
    verb = sf.units[act]
    if verb.actor is not None:
        return "", act, ""
    pair = f"{verb.low} {sf.units[act + 1].low}" if act + 1 < len(sf.units) else ""
    classes = sf.lexicon.word_classes
    for word_class, code in _ACT_CODES:
        words = classes.get(word_class, frozenset())
        if pair in words:
            return code, act + 1, word_class
        if verb.low in words:
            if word_class == "pledge_give" and not sf.object_has_class(act, "aid"):
                return "", act, ""
            return code, act, word_class
    return "", act, ""


def is_pledged_act(sf: SentenceFrames, index: int) -> bool:
    """Whether the verb at ``index`` is the act of a pledge ("is willing to withdraw its
    troops"): the promise is the event, not the act."""
    if index == 0:
        return False
    before = sf.units[index - 1]
    pledge = before if before.low.endswith(" to") else (
        sf.units[index - 2] if before.low == "to" and index >= 2 else None)
    return pledge is not None and any(spec.event_mode == "pledge" for spec in pledge.triggers())
