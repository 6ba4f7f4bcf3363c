"""Readings of a statement verb's surroundings: a standing position ("has complained for
months") that is no event, a complaint taken to a forum ("complained to the UN over Israeli
raids") that is aimed at whoever the complaint is about, not at the forum, and a judged act
whose doer is named inside the object ("condemned the expulsion of its diplomats by Russia"),
and backing or a threat told as a passive description ("militias backed by Iran") that is no
statement at all."""

from __future__ import annotations

from typing import Final

from dashboard import gazetteer
from dashboard.extract.actor_makers import state_of
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.words import BOUNDARY_PUNCT, TIME_WORDS

_SPANS: Final = frozenset({"days", "weeks", "months", "years", "decades"})
_QUANTIFIERS: Final = frozenset({"many", "several", "some"})
_TOPIC_PREPS: Final = ("over", "about", "against")
_REACH: Final = 8
_STANDING_MODES: Final = frozenset({"support", "threat"})


def durative(sf: SentenceFrames, index: int) -> bool:
    """Whether the verb at ``index`` is followed by "for months", "for many years"."""
    k = index + 1
    if k < len(sf.units) and sf.units[k].low.startswith("for "):
        return sf.units[k].low.rsplit(" ", 1)[-1] in _SPANS  # "for years" matched as one phrase
    if k + 1 >= len(sf.units) or sf.units[k].low != "for":
        return False
    if sf.units[k + 1].low in _QUANTIFIERS and k + 2 < len(sf.units):
        k += 1
    return sf.units[k + 1].low in _SPANS


def described_standing(sf: SentenceFrames, index: int, mode: str) -> bool:
    """"countries threatened by Russia", "rebels backed by Rwanda", "groups believed to be backed
    by Iran": support or a threat as a participle after its noun, or after "to be", describes a
    standing relation (a danger, material backing), not something said."""
    if mode not in _STANDING_MODES:
        return False
    if sf.is_reduced_passive(index):
        return True
    return index >= 2 and sf.units[index - 1].low == "be" and sf.units[index - 2].low == "to" \
        and index + 1 < len(sf.units) and sf.units[index + 1].low == "by"


def no_statement_told(sf: SentenceFrames, index: int, mode: str) -> bool:
    """A standing position or a described relation, not a statement made."""
    return durative(sf, index) or described_standing(sf, index, mode)


def forum_complaint_subject(sf: SentenceFrames, targets: list[int]) -> list[int]:
    """"complained to the United Nations on Tuesday over two Israeli air raids": when the
    addressee is a group of countries (a forum), the countries the complaint is about."""
    if not targets:
        return []
    for k in targets:
        actor = sf.units[k].actor
        entry = gazetteer.country(actor.country) if actor is not None else None
        if entry is None or not entry.is_group:
            return []
    last = max(targets)
    for k in range(last + 1, min(len(sf.units), last + _REACH)):
        unit = sf.units[k]
        if unit.text in BOUNDARY_PUNCT or unit.text in ".!?;":
            return []
        if unit.low in _TOPIC_PREPS:
            return sf.object_actors(k - 1, _TOPIC_PREPS)[0]
    return []


_DAYS: Final = TIME_WORDS | {"today", "yesterday"}
_DETERMINERS: Final = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"})


def doer_in_object(sf: SentenceFrames, index: int, own: set[str]) -> list[int]:
    """"condemned the expulsion of its diplomats by Russia", "protested the actions of Chinese
    vessels": the doer of the judged act, named after "by", or after "of" when the noun is one
    whose "of" names its doer (actions, role, decision), not its victim (killing, arrest)."""
    agent_nouns = sf.lexicon.word_classes.get("agent_noun", frozenset())
    k = index + 1
    while k < len(sf.units) and (sf.units[k].low in _DETERMINERS or _day_possessive(sf, k)):
        k += 2 if _day_possessive(sf, k) else 1
    if k + 1 >= len(sf.units) or sf.units[k].actor is not None:
        return []
    # "condemned the deployment of Russian troops (in Mali)": whose forces, else where they went
    deployed = any(spec.event_mode == "deployment" for spec in sf.units[k].triggers())
    noun, doer_after_of = k, sf.units[k].low in agent_nouns or deployed
    for j in range(noun + 1, min(len(sf.units) - 1, noun + _REACH)):
        unit = sf.units[j]
        if unit.text in BOUNDARY_PUNCT or unit.text in ".!?;,":
            return []
        if unit.low == "by" or (unit.low == "of" and doer_after_of and j == noun + 1) or (deployed and unit.low == "in"):
            found = _actor_after(sf, j, own)
            if found is not None or not deployed:
                return found or []
    return []


def doer_after_topic(sf: SentenceFrames, index: int, mode: str, actors: list[int]) -> list[int]:
    """"concern about the test of a missile by Iran": a judging noun's topic read as a judging
    verb's object is (see ``doer_in_object``), past its "about", "over" or "at"."""
    if mode not in ("criticism", "concern", "praise") or index + 1 >= len(sf.units) \
            or sf.units[index + 1].low not in ("about", "over", "at"):
        return []
    return doer_in_object(sf, index + 1, {state_of(sf.units[k]).country for k in actors})


def _actor_after(sf: SentenceFrames, j: int, own: set[str]) -> list[int] | None:
    """The actor a few words after the preposition at ``j`` ([] when it is the speaker's own
    side), None when there is none."""
    for m in range(j + 1, min(len(sf.units), j + 4)):
        actor = sf.units[m].actor
        # "by China's Ministry of Commerce": a possessor whose body the lexicon does not know
        owner = sf.units[m].possessive and m + 1 < len(sf.units) and sf.units[m + 1].actor is None
        if actor is not None and (not sf.units[m].possessive or owner) or sf.units[m].sense("demonym") is not None:
            country = state_of(sf.units[m]).country
            return [m] if country and country not in own else []
    return None


def _day_possessive(sf: SentenceFrames, k: int) -> bool:
    """"today's announcement", "Friday's decision": a day's possessive stands for "the"."""
    return sf.units[k].low in _DAYS and k + 1 < len(sf.units) and sf.units[k + 1].low in ("'s", "’s")


_CONCERN_PREPS: Final = frozenset({"over", "about", "at", "regarding"})


def place_of_concern(sf: SentenceFrames, index: int, own: set[str]) -> list[int]:
    """"expressed deep concern over the situation in Myanmar": a worry about what happens in a
    country is aimed at that country ("in the country": the one named before in the sentence)."""
    k = index + 1
    while k < min(len(sf.units), index + 4) and sf.units[k].low not in _CONCERN_PREPS:
        k += 1
    for j in range(k + 1, min(len(sf.units) - 1, k + _REACH)):
        unit = sf.units[j]
        if unit.text in BOUNDARY_PUNCT or unit.text in ".!?;," or unit.triggers():
            return []  # "concern over the talks in Beijing": an event's venue is no target
        if unit.low != "in":
            continue
        m = j + 2 if sf.units[j + 1].low == "the" and j + 2 < len(sf.units) else j + 1
        if sf.units[m].low == "country":
            m = next((n for n in range(index - 1, -1, -1) if sf.units[n].actor is not None
                      and state_of(sf.units[n]).country not in own), -1)
        if m < 0 or (sf.units[m].actor is None and not sf.units[m].is_placeish):
            return []
        country = state_of(sf.units[m]).country
        return [m] if country and country not in own else []
    return []
