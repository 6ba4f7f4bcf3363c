"""Hard-wrapped copy: text whose lines break inside sentences at a fixed width, as old wire
copy and mirrored pages keep it; such a line break is a space, not the end of a heading."""

from __future__ import annotations

import re
from typing import Final

# A line that breaks off a sentence: no closing punctuation, and the next line opens in lowercase.
_ENDS_NO_BREAK: Final = frozenset(".!?:\"'")
_LOWER_NEXT: Final = re.compile(r"[ \t]*[a-z]")
_WRAPS_SEEN: Final = 3  # a heading or two over a lowercase line is layout; three is a habit
_WRAPPED_LINE: Final = 40  # a shorter line still ends a heading or byline unless lowercase follows


def hard_wrapped(folded: str) -> bool:
    """Whether the text breaks its lines inside sentences often enough to be hard-wrapped."""
    seen = 0
    taken = 0  # breaks do not share a character: "a\nb\nc" is one
    newline = folded.find("\n")
    while newline >= 0:  # at each line break, not a pattern tried at every character
        last = newline - 1
        while last >= 0 and folded[last] in " \t":
            last -= 1
        if last >= taken and not folded[last].isspace() and folded[last] not in _ENDS_NO_BREAK:
            lower = _LOWER_NEXT.match(folded, newline + 1)
            if lower is not None:
                taken = lower.end()
                seen += 1
                if seen >= _WRAPS_SEEN:
                    return True
        newline = folded.find("\n", newline + 1)
    return False


def wrapped_line(folded: str, line_start: int, line_end: int, newline: int) -> bool:
    """Whether a line of hard-wrapped text runs on into the next: long enough to be a wrapped
    line, or followed by a line that opens in lowercase."""
    if line_end - line_start >= _WRAPPED_LINE:
        return True
    following = newline + 1
    while following < len(folded) and folded[following] in " \t":
        following += 1
    return folded[following:following + 1].islower()
