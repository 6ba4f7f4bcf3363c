"""Help asked of a country named as its giver: "asked for Pakistan's assistance", "has been asking
for US help", "asked Australia's help", "asking for Japanese help": an appeal to that country
(the owner of the help is the one asked, not the one asking)."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames

HELP_ASKED: Final = "help_asked"

_HELP_NOUNS: Final = frozenset({"help", "assistance", "aid", "support", "cooperation", "co-operation"})


def asks_for_help_of(sf: SentenceFrames, index: int) -> bool:
    """Whether the verb at ``index`` (not in the passive) is followed, past an optional "for",
    by a country, its people, its leader or its demonym and then, past at most one plain word
    ("urgent"), a noun of help."""
    if sf.is_passive(index):
        return False
    units = sf.units
    k = index + 1
    if k < len(units) and units[k].low == "for":
        k += 1
    if k < len(units) and units[k].low == "the":
        k += 1
    giver = units[k] if k < len(units) else None
    if giver is None or not ((giver.actor is not None and giver.actor.country) or giver.sense("demonym") is not None):
        return False  # "Japanese help" names its giver by a demonym
    rest = units[k + 1:k + 3]
    if rest and rest[0].low.rsplit(" ", 1)[-1] in _HELP_NOUNS:
        return True  # "help", or a phrase the lexicon holds whole: "military assistance"
    return len(rest) == 2 and rest[0].actor is None and rest[0].low.isalpha() and rest[1].low in _HELP_NOUNS
