"""A reply told in a relative clause set after what it answers: "U.S. officials have warned that
the port could serve the Chinese navy, a suggestion that Beijing has dismissed as a smear",
"accusing Russia of deploying a banned missile, a charge the Kremlin denies", "..., a remark
China's foreign ministry called extremely wrong": the reply answers whoever said or did what
the clause before the comma tells, its subject."""

from __future__ import annotations

from typing import Final

from dashboard.extract.actor_makers import state_of
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.words import EVENT_REFERENCES

_ADVERBS: Final = frozenset({"has", "have", "had", "always", "repeatedly", "flatly", "firmly", "strongly", "swiftly",
                             "quickly", "long", "since", "also", "publicly", "angrily", "consistently"})
_RELATIVES: Final = frozenset({"that", "which"})
_DETERMINERS: Final = frozenset({"a", "an", "the", "one"})
_SAYINGS: Final = frozenset({"suggestion", "suggestions", "assertion", "assertions", "notion", "idea", "remark",
                             "remarks", "comment", "comments"})


def appositive_author(sf: SentenceFrames, index: int, own: set[str]) -> list[int]:
    """The subject of the clause before ", a claim (that) X denied" when the reply at ``index``
    is that relative clause's verb and its subject X is the replier (country in ``own``)."""
    units = sf.units
    k = index - 1
    while k >= 0 and units[k].low in _ADVERBS:
        k -= 1
    if k < 1 or units[k].actor is None or state_of(units[k]).country not in own:
        return []
    k -= 1
    if units[k].low in _RELATIVES:
        k -= 1
    if k < 1 or not _names_claim(units[k].low, sf.lexicon.word_classes):
        return []
    k -= 1
    if units[k].low in _DETERMINERS:
        k -= 1
    if k < 1 or units[k].text != ",":
        return []
    for j in range(k):
        unit = units[j]
        if unit.actor is not None and not unit.possessive and state_of(unit).country \
                and state_of(unit).country not in own:
            return [j]  # "Asked whether he considered Xi a dictator, Biden said ...": past the replier's own
    return []


def _names_claim(word: str, classes: dict[str, frozenset[str]]) -> bool:
    """Whether the word is a charge, a proposal, a saying or an event ("a claim", "the offer"):
    four set tests, no union of the sets built for each reply."""
    return (word in _SAYINGS or word in EVENT_REFERENCES or word in classes.get("charge", frozenset())
            or word in classes.get("proposal", frozenset()))
