"""A pronoun as the one a statement is aimed at: "said Israel was an occupier and accused it
of war crimes" accuses the country named earlier in the sentence, not the speaker."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from dashboard.extract.actor_makers import state_of
from dashboard.extract.words import BOUNDARY_PUNCT, REPORTING_VERBS

if TYPE_CHECKING:
    from dashboard.extract.frames import SentenceFrames

# Statements whose object is a party ("accused it of", "urged it to", "warned it"), not an act.
_PARTY_MODES: Final = frozenset({"accusation", "appeal", "demand", "threat"})


def it_sides(sf: SentenceFrames, index: int, mode: str, actors: list[int]) -> tuple[list[int], list[int]]:
    """(actors, targets) when the verb at ``index`` has "it" as object: the latest country named
    before it; when that country was taken for the subject ("said Israel was an occupier and
    accused it"), the speaker of the reporting verb before it accuses it."""
    if mode not in _PARTY_MODES or index + 1 >= len(sf.units) or sf.units[index + 1].low != "it":
        return actors, []
    for k in range(index - 1, -1, -1):
        unit = sf.units[k]
        if unit.text in BOUNDARY_PUNCT or unit.text == ";":
            break
        if unit.actor is None or unit.possessive or unit.actor.kind == "person" or not unit.actor.country:
            continue
        if k not in actors:
            own = {state_of(sf.units[j]).country for j in actors}
            return actors, ([] if unit.actor.country in own else [k])
        speaker = next((sf.subject(j) for j in range(k - 1, -1, -1) if sf.units[j].low in REPORTING_VERBS), [])
        return (speaker, [k]) if speaker else (actors, [])
    return actors, []


def owner_in_phrase(sf: SentenceFrames, index: int, actors: list[int]) -> list[int]:
    """"issued a warrant for his arrest": "his" inside the trigger's own phrase is the person
    named before it in the sentence ("He has rarely travelled since ..."), not the issuer."""
    if not any(f" {word} " in f" {sf.units[index].low} " for word in ("his", "her")):
        return []
    own = {state_of(sf.units[j]).country for j in actors}
    for k in range(index - 1, -1, -1):
        actor = sf.units[k].actor
        if k not in actors and actor is not None and actor.kind == "person" and actor.country \
                and actor.country not in own:
            return [k]
    return []
