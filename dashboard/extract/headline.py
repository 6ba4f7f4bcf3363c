"""An article's headline, read with its text.

A headline states the story's main event plainly ("Modi arrives in Colombo for defence pact"),
often in words the body puts less directly, and names the people the body then calls "the
Indian leader". It is read as a paragraph before the text, as a page pasted whole would carry
it. Evidence keeps its offsets into the text; the headline's own has none (``HEADLINE_START``)
and comes after the text's sentences, which say more.
"""

from __future__ import annotations

from typing import Final

from dashboard.extract.model import Evidence, ExtractedEvent

HEADLINE_START: Final = -1  # the offsets of evidence that is the headline, not a text sentence


def with_headline(text: str, headline: str) -> tuple[str, int]:
    """The text with the headline before it, and where the text now starts; the text as it is
    when there is no headline or the text opens with it already (a page pasted whole)."""
    headline = " ".join(headline.split())
    if not headline or " ".join(text.lstrip()[:len(headline) + 20].split()).startswith(headline):
        return text, 0
    return headline + "\n\n" + text, len(headline) + 2


def back_to_text_offsets(events: list[ExtractedEvent], text_start: int) -> None:
    """Evidence offsets counted in the text again; the headline's evidence last, with none."""
    if text_start == 0:
        return
    for event in events:
        in_text = [Evidence(e.sentence, e.char_start - text_start, e.char_end - text_start, e.trigger)
                   for e in event.evidence if e.char_start >= text_start]
        in_headline = [Evidence(e.sentence, HEADLINE_START, HEADLINE_START, e.trigger)
                       for e in event.evidence if e.char_start < text_start]
        event.evidence = in_text + in_headline
