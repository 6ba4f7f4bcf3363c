"""The tone of what a speaker said when no word of the trigger's own gives it: "said the vote
was neither free nor fair" is negative, "said relations were back on a steady path" positive.

The valence of each word comes from the VADER lexicon, which the ``vaderSentiment`` package
ships as a data file (read here, not through the package's own scorer: a dictionary lookup per
word is about eight times faster). A negation among the three words before a word turns its
valence round and damps it; the sum is squashed into -1..1 and read with VADER's own cut-offs.
Read for plain comments only: on matched statements it turned 21 more comments' stance right
than wrong on the studied gold sets, 12 on the unseen team sets and 7 on fresh real pages, but
appeals ("called for calm") 5, 3 and 4 more wrong than right.
"""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path
from typing import Final

_WORD: Final = re.compile(r"[a-z]+(?:'[a-z]+)?")
_NEGATIONS: Final = frozenset({"not", "no", "never", "nor", "neither", "without", "cannot", "nothing", "none"})
_NEGATION_REACH: Final = 3
_NEGATED_SCALE: Final = -0.74
_SQUASH: Final = 15.0  # sum / sqrt(sum^2 + 15): VADER's normalisation
CUT_OFF: Final = 0.05  # VADER's: below -0.05 negative, above 0.05 positive


@lru_cache(maxsize=1)
def valences() -> dict[str, float]:
    """Word -> valence (-4..4) from the lexicon file of the installed vaderSentiment package;
    empty when the package is missing, and every saying then stays neutral."""
    spec = importlib.util.find_spec("vaderSentiment")
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "vader_lexicon.txt"
    table: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            try:
                table[parts[0]] = float(parts[1])
            except ValueError:
                continue
    return table


def valence(clause: str) -> float:
    """The clause's valence, -1 (hostile) to 1 (warm); 0 when it carries no valence word."""
    table = valences()
    words = _WORD.findall(clause.lower())
    total = 0.0
    for i, word in enumerate(words):
        value = table.get(word)
        if value is None:
            continue
        if any(w in _NEGATIONS or w.endswith("n't") for w in words[max(0, i - _NEGATION_REACH):i]):
            value *= _NEGATED_SCALE
        total += value
    return total / (total * total + _SQUASH) ** 0.5


def said_stance(clause: str) -> str:
    """positive, negative or neutral: the tone of a reported clause."""
    score = valence(clause)
    return "positive" if score > CUT_OFF else "negative" if score < -CUT_OFF else "neutral"
