"""A verb-only trigger used as a noun after "a" or "an": "arrived to an elaborate welcome" is the
host's reception, no act of the word's own."""

from __future__ import annotations

from dashboard.extract.frames import SentenceFrames


def after_indefinite_article(frames: SentenceFrames, index: int) -> bool:
    """"a welcome", "a warm welcome", "a 21-gun salute": a verb-only word after "a" or "an" (and
    at most one plain word between, with a number joined to it) is a noun."""
    k = index - 1
    if (k > 0 and frames.units[k].low not in ("a", "an") and not frames.units[k].senses
            and frames.units[k].actor is None and frames.units[k].low.isalpha()):
        k -= 1  # one describing word: "warm", "elaborate"
    if k > 1 and frames.units[k].text == "-" and frames.units[k - 1].text.isdigit():
        k -= 2  # "a 21-gun salute": a number joined to the word
    return frames.units[k].low in ("a", "an") and not frames.units[index].low.endswith(("ing", "ed", "s"))
