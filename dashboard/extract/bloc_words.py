"""A bloc the article named, called by a common noun: "left the bloc", "the regional bloc", "the
22-member league" (the Arab League), "the alliance" (NATO)."""

from __future__ import annotations

from typing import Final

from dashboard import gazetteer
from dashboard.extract.article_memory import ArticleMemory
from dashboard.extract.units import Unit

_NOUNS: Final = frozenset({"bloc", "alliance", "league"})
# Words allowed between "the" and the noun: "the regional bloc", "the 15-member bloc" (15 - member).
_WINDOW: Final = 3
# Describing words that make it some other bloc than the one named: "a rival bloc", "the new league".
_OTHER: Final = frozenset({"other", "rival", "new", "own", "same", "western", "eastern", "military", "trading"})


def bloc_called(units: list[Unit], i: int, memory: ArticleMemory) -> str:
    """The code of the bloc the noun at ``i`` stands for, or "" when it stands for none seen."""
    if units[i].low not in _NOUNS or not _after_the(units, i):
        return ""
    if units[i].low == "alliance":
        code = "NTO"
    elif units[i].low == "league":
        code = memory.last_group or ""
        entry = gazetteer.country(code) if code else None
        code = code if entry is not None and "League" in entry.name else ""
    else:
        code = memory.bloc()
    return code if code in memory.codes_seen else ""


def _after_the(units: list[Unit], i: int) -> bool:
    """Whether "the" stands right before the noun, or before a few lowercase describing words
    ("the regional bloc", "the 22-member league"); only "the alliance" itself for NATO."""
    for k in range(i - 1, max(-1, i - 2 - _WINDOW), -1):
        low = units[k].low
        if low[-4:] in ("the", " the"):
            return k == i - 1 or units[i].low != "alliance"
        if not (units[k].text.islower() or low.isdigit() or low == "-") or low in _OTHER:
            return False
    return False
