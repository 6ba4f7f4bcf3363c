"""A second predicate joined by "but" or "yet" ("Chile thanked Peru but said ...", "signed the
deal yet has not ratified it"), or by ", while" and a participle ("ended the ban, while
imposing ..."): no clause of its own, so the verb shares the subject of the predicate before."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit
from dashboard.extract.words import BE_FORMS, BOUNDARY_PUNCT, REPORTING_VERBS

_CONTRAST: Final = frozenset({"but", "yet"})
# Auxiliaries and adverbs that may stand between "but" and its verb ("but has not said").
_BETWEEN: Final = frozenset("also then later still not never only has have had would will did does do "
                            "could can may might should must is are was were".split())
# Words before "but" that make it "except" ("all but", "nothing but") or a "not yet" adverb.
_NOT_CONTRAST: Final = frozenset({"all", "nothing", "anything", "not", "none"})


def contrast_predicate(units: list[Unit], verb: int) -> int:
    """The index of "but", "yet" or ", while" that joins the verb at ``verb`` to the predicate
    before it, or -1 (also when the verb is a noun starting a clause: "but talks were ...")."""
    k = verb - 1
    while k >= 0 and verb - k <= 3 and units[k].low in _BETWEEN:
        k -= 1
    if k < 1 or units[k - 1].low in _NOT_CONTRAST or not units[verb].text.islower():
        return -1
    after = units[verb + 1].low if verb + 1 < len(units) else ""
    if after in BE_FORMS or after in _BETWEEN:
        return -1  # "but sanctions were lifted": a subject, not a second predicate
    if units[k].low in _CONTRAST:
        return k
    if units[k].low == "while" and k == verb - 1 and units[k - 1].text == "," \
            and units[verb].low.split(" ", 1)[0].endswith("ing"):
        return k
    return -1


def speaker_of_contrast(units: list[Unit], verb: int) -> int:
    """The reporting verb before a statement verb joined by "but" ("said Beijing had not sent arms,
    but warned that ..."): who said warns, not the reported clause's subject; else -1."""
    k = contrast_predicate(units, verb)
    if k < 0 or not (units[verb].low in REPORTING_VERBS
                     or any(spec.pos == "verb" and spec.event_type == "statement" for spec in units[verb].triggers())):
        return -1
    for j in range(k - 1, -1, -1):
        if units[j].text in BOUNDARY_PUNCT or units[j].text in ";:":
            return -1
        if units[j].low in REPORTING_VERBS:
            return j
    return -1
