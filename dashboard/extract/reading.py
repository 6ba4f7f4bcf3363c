"""The order an article is read in: its headline first, then its text, and a live blog's
entries in the order they happened.

A headline states the story's main event plainly ("Modi arrives in Colombo for defence pact"),
often in words the body puts less directly, and names the people the body then calls "the
Indian leader": it is read before the text, as a page pasted whole would carry it. A live blog
puts its newest entry first; read that way, "he" and "the two leaders" would point forward to
people named only in older entries further down. Evidence found in the reading is put back
into the text's own offsets; the headline's own has none (``HEADLINE_START``) and comes after
the text's sentences, which say more.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import pairwise
from typing import Final

from dashboard.extract.furniture import ENTRY_STAMP_PATTERN
from dashboard.extract.model import Evidence, ExtractedEvent

HEADLINE_START: Final = -1  # the offsets of evidence that is the headline, not a text sentence
_GAP: Final = "\n\n"
# A live-blog entry opens a line with its time: "10:42 GMT \u2014", "9.05am:", "14:30 -".
_ENTRY_STAMP: Final = re.compile(ENTRY_STAMP_PATTERN)  # tried at line starts only
_TIME: Final = re.compile(r"(\d{1,2})[:.](\d{2})(?: ?([AaPp]))?")
_LEAST_ENTRIES: Final = 3


class Reading:
    """The text as the extractor reads it, and where each piece of it came from."""

    def __init__(self, text: str, starts: list[int], sources: list[int]) -> None:
        self.text = text
        self.starts = starts    # where each piece starts in the reading, in order
        self.sources = sources  # where it starts in the article's text (HEADLINE_START: the headline)

    def text_offset(self, offset: int) -> int:
        """The article-text offset of a reading offset (HEADLINE_START inside the headline)."""
        piece = bisect_right(self.starts, offset) - 1
        source = self.sources[piece]
        return HEADLINE_START if source == HEADLINE_START else source + offset - self.starts[piece]

    def back_to_text(self, events: list[ExtractedEvent]) -> None:
        """Evidence offsets counted in the article's text again; the headline's evidence last."""
        if self.sources == [0]:
            return  # read as written
        for event in events:
            in_text: list[Evidence] = []
            in_headline: list[Evidence] = []
            for e in event.evidence:
                start = self.text_offset(e.char_start)
                if start == HEADLINE_START:
                    in_headline.append(Evidence(e.sentence, HEADLINE_START, HEADLINE_START, e.trigger))
                else:
                    in_text.append(Evidence(e.sentence, start, start + e.char_end - e.char_start, e.trigger))
            event.evidence = in_text + in_headline


def newest_first_entries(text: str) -> list[int]:
    """Where each entry of a live blog written newest first starts (at least three entries whose
    times run backwards, once past midnight at most); [] for any other text."""
    times = [(m.start(), _minutes(m.group())) for m in _line_stamps(text)]
    if len(times) < _LEAST_ENTRIES:
        return []
    not_back = sum(b[1] >= a[1] for a, b in pairwise(times))
    return [start for start, _ in times] if not_back <= 1 else []


def _line_stamps(text: str) -> list[re.Match[str]]:
    """The entry stamps that open a line: the pattern tried at each line start (a
    multi-line "^" pattern is tried at every character of the article)."""
    found = []
    at = 0
    while at >= 0:
        match = _ENTRY_STAMP.match(text, at)
        if match is not None:
            found.append(match)
        at = text.find("\n", at)
        if at >= 0:
            at += 1
    return found


def _minutes(stamp: str) -> int:
    match = _TIME.search(stamp)
    if match is None:
        return 0
    hour, minute, half = int(match.group(1)), int(match.group(2)), match.group(3)
    if half is not None:
        hour = hour % 12 + (12 if half in "Pp" else 0)
    return hour * 60 + minute


def reading_of(text: str, headline: str, entries: list[int]) -> Reading:
    """The reading of ``text``: the headline before it unless the text opens with it (a page
    pasted whole), and the live blog's ``entries`` (from ``newest_first_entries``) oldest first."""
    headline = " ".join(headline.split())
    if headline and " ".join(text.lstrip()[:len(headline) + 20].split()).startswith(headline):
        headline = ""
    spans = [(0, len(text))]
    if entries:
        ends = [*entries[1:], len(text)]
        spans = [(0, entries[0]), *reversed(list(zip(entries, ends)))]
    if not headline and len(spans) == 1:
        return Reading(text, [0], [0])
    parts: list[str] = []
    starts: list[int] = []
    sources: list[int] = []
    at = 0
    for source, end in ([(HEADLINE_START, -1)] if headline else []) + spans:
        piece = headline if source == HEADLINE_START else text[source:end].rstrip()
        if not piece.strip():
            continue
        starts.append(at)
        sources.append(source)
        parts.append(piece)
        at += len(piece) + len(_GAP)
    return Reading(_GAP.join(parts), starts, sources)
