"""Relative clauses whose antecedent is the object of their verb: "the grain deal that Moscow
abandoned", "the treaty, which Russia and Belarus signed in 1999"."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames
from dashboard.extract.lexicon import SupportSpec

_RELATIVES: Final = ("that", "which")


def _relative_after(sf: SentenceFrames, noun: int) -> int | None:
    """The "that"/"which" opening a relative clause right after the noun, else None."""
    k = noun + 1
    if k < len(sf.units) and sf.units[k].text == ",":
        k += 1
        if k < len(sf.units) and sf.units[k].low != "which":
            return None
    return k if k < len(sf.units) and sf.units[k].low in _RELATIVES else None


def antecedent_of_class(sf: SentenceFrames, index: int, word_class: str) -> int | None:
    """The antecedent of ``word_class`` of the relative clause the verb at ``index`` heads, its
    object standing before it ("the deal with Peru that Ecuador abandoned"), else None."""
    subject = sf.subject(index)
    if not subject or subject[-1] + 1 != index:
        return None
    k = subject[0] - 1
    if k >= 0 and sf.units[k].low == "the":
        k -= 1
    if k < 1 or sf.units[k].low not in _RELATIVES:
        return None
    words = sf.lexicon.word_classes.get(word_class, frozenset())
    for noun in range(k - 1, max(-1, k - 6), -1):
        unit = sf.units[noun]
        if unit.text in ";:.!?" or (unit.text == "," and noun != k - 1):
            return None
        if unit.low in words or any(piece in words for piece in unit.low.split()):
            return noun
    return None


def relative_support(sf: SentenceFrames, index: int, event_type: str) -> tuple[int, SupportSpec, bool] | None:
    """A support verb of the noun at ``index`` in the relative clause after it: "the treaty that
    Russia and Belarus signed" (the clause's subject acts)."""
    relative = _relative_after(sf, index)
    if relative is None:
        return _contact_clause_support(sf, index, event_type)
    for k in range(relative + 1, min(len(sf.units), relative + 8)):
        unit = sf.units[k]
        if unit.text in ",;:.!?":
            return None
        for sense in unit.all_senses("support"):
            spec: SupportSpec = sense.data
            if event_type in spec.applies_to and sf.subject(k) and sf.subject(k)[0] > relative:
                return k, spec, False
    return None


_CONTACT_AUXILIARIES: Final = frozenset({"had", "has", "have", "jointly", "also", "once", "later"})


def _contact_clause_support(sf: SentenceFrames, index: int, event_type: str) -> tuple[int, SupportSpec, bool] | None:
    """A relative clause with no "that": "a pact the two governments signed in 2014", "the deal
    Tehran struck with Moscow": the actor right after the noun, then its support verb."""
    k = index + 1
    if k < len(sf.units) and sf.units[k].low == "the":
        k += 1
    if k >= len(sf.units) or sf.units[k].actor is None or sf.units[k].possessive:
        return None
    verb = sf.coordinated_right(k, check_clause=False)[-1] + 1
    while verb < len(sf.units) and sf.units[verb].low in _CONTACT_AUXILIARIES:
        verb += 1
    if verb >= len(sf.units):
        return None
    for sense in sf.units[verb].all_senses("support"):
        spec: SupportSpec = sense.data
        if event_type in spec.applies_to:
            return verb, spec, False
    return None
