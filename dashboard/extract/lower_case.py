"""A text's lower case made once: a sentence is lowered again by rule after rule for their plain
substring tests (a dozen copies of each sentence), so the latest two are kept."""

from __future__ import annotations

from typing import Final

# The latest texts lowered, the latest first, and their lower case: a sentence as folded and as
# written (one text in most articles), or one with a leading date blanked out.
_TEXTS: Final[list[str]] = ["", ""]
_LOWER: Final[list[str]] = ["", ""]


def lower_case(text: str) -> str:
    """``text.lower()``."""
    if text == _TEXTS[0]:
        return _LOWER[0]
    if text == _TEXTS[1]:
        low = _LOWER[1]
    else:
        low = text.lower()
    _TEXTS[1], _LOWER[1] = _TEXTS[0], _LOWER[0]
    _TEXTS[0], _LOWER[0] = text, low
    return low
