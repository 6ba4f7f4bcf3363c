"""Whether a text contains any word of a set, by one automaton scan instead of one substring
scan per word (asked of most sentences, for word classes of ten to a hundred words)."""

from __future__ import annotations

from typing import Any, Final

import ahocorasick_rs

_FINDERS: Final[dict[frozenset[str], Any]] = {}  # by word set: its automaton, built once


def contains_any(text: str, words: frozenset[str]) -> bool:
    """``any(word in text for word in words)``: a substring anywhere, case as given."""
    finder = _FINDERS.get(words)
    if finder is None:
        if not words or "" in words:
            return bool(words)  # no word is never found; the empty word always is
        finder = ahocorasick_rs.AhoCorasick(sorted(words), matchkind=ahocorasick_rs.MatchKind.LeftmostFirst)
        _FINDERS[words] = finder
    return bool(finder.find_matches_as_indexes(text))
