"""A joint text told with no side named: "A joint statement issued afterwards said ...", "In a
joint communique, the two governments restated ...". A text both sides put out is their deal, and
with no side named it is the latest pair's, told where and when their latest dealings were."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from dashboard.extract.frame import Frame
    from dashboard.extract.frames import SentenceFrames


# Words that make the text's authors more than a pair: "the four leaders said in a joint communique".
_MANY: Final = frozenset({"three", "four", "five", "six", "seven", "eight", "nine", "ten", "all"})


def joint_text(sf: SentenceFrames, index: int, frame: Frame) -> bool:
    """Make the joint text at ``index`` ("joint statement", "joint declaration") the latest
    pair's deal when the sentence names no side itself, nor more than two; False otherwise."""
    if not sf.units[index].low.startswith("joint ") or index == 0 or sf.units[index - 1].low not in ("a", "the"):
        return False
    if any((unit.actor is not None and unit.actor.explicit) or unit.low in _MANY for unit in sf.units):
        return False
    frame.referenced_type = "pair"
    return True
