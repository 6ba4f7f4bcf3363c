""""The Security Council" said bare is the U.N.'s ("At the United Nations, the Security Council
expressed concern"); an owner before it names another body: "Russia's Security Council", "the
High Security Council", "the AU Peace and Security Council", "Seoul's National Security Council"."""

from __future__ import annotations

from typing import Final

BARE_COUNCIL: Final = "security council"
_ARTICLES: Final = frozenset({"the", "a"})


def owned_council(lower: str, start: int) -> bool:
    """Whether the council named at ``start`` of the lower-cased text has an owner before it:
    any word but an article, on the same line ("the" or a line's start leave it the U.N.'s)."""
    line_start = lower.rfind("\n", 0, start) + 1
    before = lower[line_start:start].split()
    if not before:
        return False  # a headline's or a line's first words
    return before[-1] not in _ARTICLES
