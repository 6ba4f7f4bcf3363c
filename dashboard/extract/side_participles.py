"""A participle in a time phrase on the side of a clause is done by that clause's subject:
"Lula praised China after meeting Xi", "Museveni said after meeting him that ...", "Scholz
warned Moscow before holding talks with Duda", and a statement told as ", accusing ..." after it
(not by the object of the verb before it)."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames
from dashboard.extract.lexicon import TriggerSpec
from dashboard.extract.words import BE_FORMS, BOUNDARY_PUNCT, REPORTING_VERBS

# Words that open a participle phrase of time or manner: "after meeting", "while visiting".
_OPENERS: Final = frozenset({"after", "before", "while", "upon", "since", "when"})
# How far left of the opener the clause's verb may stand ("praised the Chinese leader's plan after").
_REACH: Final = 12


def side_participle_subject(sf: SentenceFrames, index: int) -> list[int]:
    """The subject of the clause whose verb the participle phrase at ``index`` follows ("after
    meeting Xi" after "praised China"), or [] when the participle opens no side phrase or no
    such verb stands before it in the same clause."""
    units = sf.units
    if index < 2 or units[index - 1].low not in _OPENERS or not units[index].low.split(" ", 1)[0].endswith("ing"):
        return []
    for k in range(index - 2, max(-1, index - 2 - _REACH), -1):
        unit = units[k]
        if unit.text in BOUNDARY_PUNCT or unit.text in ",.;":
            return []  # "Lula, after meeting Xi, said": the clause's subject comes after
        if unit.low in REPORTING_VERBS or unit.low in BE_FORMS or any(
                spec.pos == "verb" for spec in unit.triggers()):
            mode, fallback = sf.control_mode, sf.subject_is_fallback
            subject = sf.subject(k)
            sf.control_mode, sf.subject_is_fallback = mode, fallback  # the participle's own frame keeps its reading
            return subject
    return []


def main_speaker(sf: SentenceFrames, index: int, spec: TriggerSpec) -> list[int]:
    """A statement told as ", accusing ..." or ", complaining that ..." is made by the subject of
    the main clause ("Canada sanctioned a former minister, accusing him of ..."), not by whoever
    that clause acted on; [] for any other trigger."""
    if spec.event_type != "statement" or index < 2 or sf.units[index - 1].text != ",":
        return []
    return sf.participle_subject(index)
