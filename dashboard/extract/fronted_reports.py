"""Reported speech whose speaker comes last: ""Iran must stop," he said", "China's move was
illegal, Vietnam said on Monday", "The talks failed," said Tran Duy Hai, a ministry official".
The sentence is read in the usual order ("he said Iran must stop"), so the clause is what the
speaker said; the quotation marks go, and an "I" or "we" opening the clause is the speaker."""

from __future__ import annotations

from typing import Final

from dashboard.extract.quote_runs import QUOTE_MARKS, spoken_clause
from dashboard.extract.units import Unit
from dashboard.extract.words import REPORTING_VERBS, TIME_WORDS

# The reporting verbs that end a sentence after their speaker ("..., he said.").
_TRAILING_VERBS: Final = frozenset({"said", "says", "added", "adds", "stated", "told", "insisted", "insists"})
# What may stand between the verb and the sentence's end: "said on Monday", "told reporters".
_TAIL_WORDS: Final = frozenset({*TIME_WORDS, "on", "in", "at", "a", "an", "the", "statement", "reporters",
                                "journalists", "news", "conference", "briefing", "week", "month", "year",
                                "night", "morning", "afternoon", "evening", "also", "later", "then"})
_SPEAKER_WIDTH: Final = 4  # units of a speaker phrase before its verb ("a Foreign Ministry spokesman")
_MIN_CLAUSE: Final = 3  # units a fronted clause needs to say anything


def speaker_first(units: list[Unit]) -> list[Unit]:
    """The sentence's units in reporting order when a clause is fronted before ", X said" or
    ", said X"; else the units as they were."""
    n = len(units)
    end = n - 1 if n and units[-1].text in ".!?" else n
    while end > 0 and units[end - 1].text in QUOTE_MARKS:
        end -= 1
    verb = _trailing_verb(units, end)
    comma = _comma_before(units, verb) if verb >= 0 else -1
    if comma < _MIN_CLAUSE or any(unit.low in REPORTING_VERBS for unit in units[:comma]):
        return units
    if units[comma + 1].text not in QUOTE_MARKS and units[comma - 1].text not in QUOTE_MARKS:
        return units  # "Russia fired on Kharkiv, officials said": a source for news, not a quotation
    speaker_units = [unit for unit in units[comma + 1:verb] if unit.text not in QUOTE_MARKS]
    if speaker_units:  # ", X said on Monday": only a time or a medium may follow
        if not _plain_tail(units, verb + 1, end, after_speaker=True):
            return units
        told = [*speaker_units, units[verb]]
        tail = units[verb + 1:end]  # "on Monday", "in a statement": after the clause, as "said ... on Monday"
    else:  # ", said X, the minister": X and its apposition, telling nothing more, then the verb
        if not _plain_tail(units, verb + 1, end, after_speaker=False):
            return units
        told, tail = [*units[verb + 1:end], units[verb]], []
    speaker = next((unit.actor for unit in told if unit.actor is not None), None)
    if speaker is None:
        return units
    return [*told, *spoken_clause(units[:comma], speaker), *tail, *units[end:]]


def _trailing_verb(units: list[Unit], end: int) -> int:
    """The last reporting verb near the sentence's end (", he said on Monday", ", said Obama,
    the US president"), else -1."""
    for k in range(end - 1, max(-1, end - 16), -1):
        unit = units[k]
        if unit.low in _TRAILING_VERBS and any(spec.event_type == "statement" for spec in unit.triggers()):
            return k
    return -1


def _plain_tail(units: list[Unit], start: int, end: int, after_speaker: bool) -> bool:
    """Whether the words after the verb tell nothing more: a time or a medium after ", X said";
    the speaker and an apposition after ", said"."""
    if after_speaker:
        return all(unit.low in _TAIL_WORDS or unit.text == "," or unit.low.isdigit() for unit in units[start:end])
    speaker = next((k for k in range(start, min(end, start + _SPEAKER_WIDTH + 1)) if units[k].actor is not None), -1)
    if speaker < 0 or speaker + 1 < end and units[speaker + 1].text != ",":
        return False  # not "Orban, for his part, said the two sides remained apart"
    return not any(unit.triggers() and unit.actor is None for unit in units[start:end])


def _comma_before(units: list[Unit], verb: int) -> int:
    """The comma that ends the fronted clause: right before the verb or before its speaker."""
    for k in range(verb - 1, max(-1, verb - _SPEAKER_WIDTH - 3), -1):
        if units[k].text == ",":
            return k
        if units[k].triggers() and units[k].actor is None:
            return -1
    return -1
