"""A signing told by a participle opening the sentence: "Signed in Karachi in 1960 by Nehru and
Ayub Khan, it gives India ..." (the deal is the main clause's subject; its signers follow "by")."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames
from dashboard.extract.lexicon import TriggerSpec
from dashboard.extract.units import Unit

SIGNING: Final = TriggerSpec("signed", "verb", "agreement", "sign", "symmetric", "", ("with",), False)
_SIGNED: Final = frozenset({"signed", "concluded", "sealed", "initialled", "initialed", "inked"})
_DEAL_SUBJECTS: Final = frozenset({"it", "the", "this"})


def opens_with_signing(units: list[Unit]) -> bool:
    """Whether the sentence opens with a signing participle ("Signed ..."), a trigger of its own."""
    return bool(units) and units[0].low in _SIGNED


def opening_signers(sf: SentenceFrames) -> list[int]:
    """The signers after "by" of a participle opening the sentence, the deal after its comma being
    the subject ("Signed ... by A and B, it/the treaty ..."), else []."""
    if len(sf.units) < 6 or sf.units[0].low not in _SIGNED:
        return []
    signers = sf.by_phrase(0, ("by",))
    if len(signers) < 2:
        return []
    comma = signers[-1] + 1
    while comma < len(sf.units) and sf.units[comma].text != "," and comma - signers[-1] <= 3:
        comma += 1
    if comma + 1 >= len(sf.units) or sf.units[comma].text != "," or sf.units[comma + 1].low not in _DEAL_SUBJECTS:
        return []
    return signers
