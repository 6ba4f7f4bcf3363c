"""A trip told in an adjunct of the main clause: "Scholz criticised Russia during a visit to
Poland", "... a day after an official visit to Washington", and one that opens the sentence
("On a visit to Rome, Scholz said") is the trip of the main clause's subject, not of the nearest
country before it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from dashboard.extract.frames import SentenceFrames

# Prepositions that tie a trip to the time of the main clause's act.
_ADJUNCT: Final = frozenset({"during", "after", "before", "on"})
_MODIFIERS: Final = 3  # "during a two-day state visit"
_OPENING_REACH: Final = 12  # units from the trip noun to the comma that closes an opening adjunct
_BEFORE_NAME: Final = frozenset({"the", "mr", "mrs", "ms", "dr"})  # "..., Mr Brown said"


def adjunct_traveller(sf: SentenceFrames, index: int, targets: list[int]) -> list[int] | None:
    """The main clause's subject as the traveller of the trip noun at ``index`` when the noun,
    with no owner of its own, follows "during", "after", "before" or "on" (in a relative clause,
    the one "who" stands for); None elsewhere."""
    units = sf.units
    k = index - 1
    while k >= 0 and index - k <= _MODIFIERS and units[k].low not in _ADJUNCT:
        if not units[k].low.replace("-", "").isalpha() or units[k].actor is not None \
                or any(sense.kind != "cue" for sense in units[k].senses):  # "a previous trip": a cue word only
            return None
        k -= 1
    if k < 0 or units[k].low not in _ADJUNCT:
        return None
    if k == 0 or (k == 1 and units[0].low.endswith("ing")):
        return _opening_traveller(sf, index, targets)
    main = sf.topic()
    if not main or main[0] >= k or main[0] in targets or units[main[0]].possessive:
        return None
    who = next((j for j in range(k - 1, main[0], -1) if units[j].low == "who"), -1)
    if who > 0:  # "Rubio, who during a visit to Panama warned": the trip of whom "who" stands for
        j = who - 1 if units[who - 1].text != "," else who - 2
        return [j] if j >= 0 and units[j].actor is not None and j not in targets else None
    return [main[0]]


def _opening_traveller(sf: SentenceFrames, index: int, targets: list[int]) -> list[int] | None:
    """The subject right after the comma that closes an adjunct opening the sentence: "On a
    visit to Rome on Monday, Scholz said", "Speaking during a trip to Oslo, he said"."""
    units = sf.units
    for k in range(index + 1, min(len(units) - 1, index + _OPENING_REACH)):
        if units[k].text in ".;:!?" or units[k].low in ("and", "but", "where", "which", "who"):
            return None
        if units[k].text == ",":
            j = k + 1
            while j < len(units) - 1 and units[j].low.rstrip(".") in _BEFORE_NAME:
                j += 1
            unit = units[j]
            if unit.actor is None or unit.possessive or j in targets:
                return None
            return [j]
    return None
