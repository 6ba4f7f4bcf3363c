"""A text's lower case made once: a sentence is lowered again by rule after rule for their plain
substring tests (a dozen copies of each sentence), so the latest two are kept."""

from __future__ import annotations

from typing import Final

# The latest two texts lowered, the latest first, each with its lower case: a sentence as folded
# and as written (one text in most articles), or one with a leading date blanked out. Each
# entry is one tuple, replaced whole, so a thread reading it never pairs a text with another's
# lower case (the app's sessions extract in threads).
_LATEST: Final[list[tuple[str, str]]] = [("", ""), ("", "")]


def lower_case(text: str) -> str:
    """``text.lower()``."""
    first = _LATEST[0]
    if text == first[0]:
        return first[1]
    second = _LATEST[1]
    low = second[1] if text == second[0] else text.lower()
    _LATEST[1] = first
    _LATEST[0] = (text, low)
    return low
