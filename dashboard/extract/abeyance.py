"""A deal held in abeyance: "India would hold the treaty with Pakistan in abeyance" is suspending
it, told by the holding verb far left of "in abeyance" (its subject acts, "with" names the other side)."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames

_HOLDING: Final = frozenset({"hold", "holds", "held", "holding", "put", "puts", "putting", "placed", "places",
                             "placing", "place", "keep", "keeps", "kept", "keeping"})
_REACH: Final = 10  # how far left of "in abeyance" its verb may stand


def holding_verb(sf: SentenceFrames, index: int) -> int:
    """The verb that holds a deal in abeyance ("in abeyance" at ``index``), or -1 when no such verb
    stands before it or what it holds is no agreement ("held the talks in abeyance")."""
    deals = sf.lexicon.word_classes.get("agreement", frozenset())
    verb = -1
    k = index - 1
    while k >= 0 and index - k <= _REACH:
        unit = sf.units[k]
        if unit.text in ";:.!?":
            break
        if unit.low in _HOLDING:
            verb = k
            break
        k -= 1
    if verb < 0:
        return -1
    # the deal is held ("hold the treaty ...") or, in the passive, the subject ("The pact was held ...")
    start = verb - 6 if sf.is_passive(verb) else verb + 1
    if any(u.low in deals or u.low.split()[-1] in deals for u in sf.units[max(0, start):index]):
        return verb
    return -1


def suspended_until(sf: SentenceFrames, index: int) -> list[int]:
    """"suspended the treaty until Pakistan renounced ...": a deal left pending another side's act
    is left towards that side, the subject of the "until" or "unless" clause."""
    for k in range(index + 1, len(sf.units) - 1):
        unit = sf.units[k]
        if unit.text in ";:.!?" or unit.low in ("and", "but"):
            return []
        if unit.low in ("until", "unless"):
            return sf.clause_subject(k + 1)
    return []
