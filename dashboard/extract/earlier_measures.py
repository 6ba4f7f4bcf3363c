"""A measure told back inside the phrase naming it: "removed the curbs it imposed on Australian
goods in 2020", "decided to adopt the sanctions imposed by the EU on Russia on 23 February",
"lifted sanctions against Chad and Niger, imposed in 2010 after the coups" (a participle after
the noun's targets and a comma).

The main verb (removed, adopt) gives the sentence's event; the clause after the noun tells an
earlier imposition, by its own subject or "by" phrase, dated by its own words. That imposition
is an event of its own, as the gold sets code dated history.
"""

from __future__ import annotations

from typing import Final

from dashboard.extract.frame import Frame
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.lexicon import SupportSpec
from dashboard.extract.relatives import relative_support

# Support verbs that impose a measure (the "impose" and "reimpose" rows of supports.csv).
_IMPOSING: Final = frozenset({"impose", "reimpose"})
# Modes of a main verb that answer a measure already in force: its imposition is told back.
_ANSWERING: Final = frozenset({"lift", "ease", "extend"})
_RELATIVES: Final = frozenset({"that", "which"})
_CLAUSE_ENDS: Final = frozenset({",", ";", ":", ".", "!", "?"})
_PRONOUNS: Final = frozenset({"it", "they"})
_AUXILIARIES: Final = frozenset({"had", "has", "have", "first", "once"})
_TARGET_PREPS: Final = frozenset({"on", "against"})
_LIST_WORDS: Final = frozenset({"and", ",", "the"})  # inside a list of targets


def measure_told_back(sf: SentenceFrames, frame: Frame) -> list[Frame]:
    """The earlier imposition a sanction noun's relative or participle clause tells, as a frame
    of its own (none when the clause is the noun's only support)."""
    if frame.spec.event_type != "sanction" or frame.spec.pos != "noun" or frame.support_index is None \
            or frame.support_index > frame.trigger_index:
        return []
    index = frame.trigger_index
    told = _imposed_after(sf, index)
    if told is None:
        return []
    verb, passive = told
    actors = sf.by_phrase(verb, ("by",)) if passive else [k for k in sf.subject(verb) if index < k < verb]
    source = "by" if passive and actors else "support"
    if not actors and frame.mode in _ANSWERING:
        actors = frame.actors  # "Tokyo lifted the restrictions it imposed in 2019": its own measure
    if not actors or actors == frame.actors and frame.mode not in _ANSWERING:
        return []  # "adopted the sanctions imposed in 2014": whose they were is not told
    targets = [k for k in sf.object_actors(verb, frame.spec.preps)[0] if k not in actors] or frame.targets
    if not targets and (frame.mode not in _ANSWERING or frame.targets):
        return []  # an answered measure whose sentence names no target takes the main frame's by elimination
    clause = (sf.units[index + 1].start, _clause_end(sf, verb))
    frame.dates_until = clause[0]  # "removed the curbs it imposed in 2020": 2020 is not the removal's
    return [Frame(spec=frame.spec, trigger=frame.trigger, trigger_index=index, actors=list(actors),
                  targets=list(targets), mode="impose", support_index=verb, passive=passive,
                  actor_source=source, dates_from=clause[0], dates_until=clause[1])]


def _clause_end(sf: SentenceFrames, verb: int) -> int:
    """Where the clause of the verb at ``verb`` ends: its first comma or stop, else the sentence's end."""
    for unit in sf.units[verb + 1:]:
        if unit.text in _CLAUSE_ENDS:
            return unit.start
    return sf.units[-1].end


def _imposed_after(sf: SentenceFrames, index: int) -> tuple[int, bool] | None:
    """The verb imposing the noun at ``index`` in the clause right after it, and whether it is a
    participle ("the sanctions imposed by the EU") rather than a clause with a subject."""
    relative = relative_support(sf, index, "sanction")
    if relative is not None:
        return (relative[0], False) if _imposes(relative[1]) else None
    k = _after_targets(sf, index)
    if k is not None:  # "sanctions against Chad and Niger, imposed in 2010": a participle only
        unit = sf.units[k] if k < len(sf.units) else None
        if unit is not None and unit.actor is None and unit.low.endswith("ed") \
                and any(_imposes(sense.data) for sense in unit.all_senses("support")):
            return k, True
        return None
    k = index + 1
    if k < len(sf.units) and sf.units[k].low in _RELATIVES:
        k += 1
    pronoun = k < len(sf.units) and sf.units[k].low in _PRONOUNS
    if pronoun:  # "the curbs it imposed": whoever "it" is, the main clause says (see above)
        k += 1
        while k < len(sf.units) and sf.units[k].low in _AUXILIARIES:
            k += 1
    if k < len(sf.units) and sf.units[k].actor is None and sf.units[k].low.endswith("ed") \
            and any(_imposes(sense.data) for sense in sf.units[k].all_senses("support")):
        return k, not pronoun
    return None


def _after_targets(sf: SentenceFrames, index: int) -> int | None:
    """The unit after the comma closing the noun's own targets ("sanctions against Chad and
    Niger, ..."), or None when the noun is not followed by a preposition, countries and a comma."""
    k = index + 1
    if k >= len(sf.units) or sf.units[k].low not in _TARGET_PREPS:
        return None
    k += 1
    named = False
    while k < len(sf.units) and (sf.units[k].actor is not None or sf.units[k].low in _LIST_WORDS):
        if sf.units[k].text == "," and named and not _list_goes_on(sf, k + 1):
            return k + 1
        named = named or sf.units[k].actor is not None
        k += 1
    return None


def _list_goes_on(sf: SentenceFrames, k: int) -> bool:
    """Whether a list of countries goes on at ``k`` ("Russia, Belarus and Iran")."""
    return k < len(sf.units) and (sf.units[k].actor is not None or sf.units[k].low in ("and", "the"))


def _imposes(spec: SupportSpec) -> bool:
    return "sanction" in spec.applies_to and spec.phrase in _IMPOSING
