"""The cues of the date patterns (a month, a weekday, a unit, a digit, a year's century...)
that a text holds, as bits of one int: every cue word found in one automaton scan, and each
pattern tried only when all of its cues are there. Compiled, the bits are native integer
operations, where a set of cue names cost a set update per word found."""

from __future__ import annotations

import re
from typing import Final

import ahocorasick_rs

_HAS_DIGIT: Final = re.compile(r"\d")


class DateCues:
    """Cue words by kind in, the kinds a text holds out (``present``), and the kinds each
    pattern needs (``needs``) to compare with them."""

    def __init__(self, words: dict[str, frozenset[str]], needs: dict[str, tuple[str, ...]]) -> None:
        bits = {kind: 1 << k for k, kind in enumerate([*words, "digit", "century"])}
        groups: dict[str, int] = {}
        for kind, kind_words in words.items():
            for word in kind_words:
                groups[word] = groups.get(word, 0) | bits[kind]
        # ASCII digits and the first two of a year's, found anywhere (no word boundary needed)
        self.anywhere = bits["digit"] | bits["century"]
        for digit in "0123456789":
            groups[digit] = bits["digit"]
        groups["19"] = groups["20"] = self.anywhere
        self.masks: list[int] = list(groups.values())  # by the index of the word in the finder
        self.finder = ahocorasick_rs.AhoCorasick(list(groups), matchkind=ahocorasick_rs.MatchKind.Standard)
        self.needs: dict[str, int] = {name: sum(bits[kind] for kind in kinds) for name, kinds in needs.items()}
        self.unit, self.digit, self.century = bits["unit"], bits["digit"], bits["century"]

    def present(self, text: str, lower: str, ascii_text: bool) -> int:
        """The kinds of cue in ``lower`` (whole words, and digits anywhere), as bits; ``text``
        is searched for other scripts' digits when it is not ASCII."""
        size = len(lower)
        present = 0
        hits: list[tuple[int, int, int]] = self.finder.find_matches_as_indexes(lower, overlapping=True)  # typed: unpacked natively
        for index, first, end in hits:
            mask = self.masks[index]
            if mask & self.anywhere or (first == 0 or not 97 <= ord(lower[first - 1]) <= 122) and (
                    end == size or not 97 <= ord(lower[end]) <= 122):
                present |= mask
        # The scan found the ASCII digits, and "19" or "20" (a year of the patterns is 19xx or
        # 20xx); only ASCII text can rely on them, since \d also matches other scripts' digits.
        if not ascii_text:
            present |= self.unit  # "dayſ" matches ignoring case, but is no word of the lower-cased text
            if _HAS_DIGIT.search(text) is not None:
                present |= self.digit
        return present
