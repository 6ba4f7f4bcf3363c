"""A page stored only up to a length can end inside a sentence. When that last sentence stops
right after its speech verb ("The spokesman told reporters on Monday that the", "She said"),
it reports nobody's words: the verb is blanked so no statement is read from it. The words
before the verb stay ("Xi met Putin and said" still tells of a meeting)."""

from __future__ import annotations

import re
from typing import Final

_SPEECH: Final = (r"(?:said|says|say|told|tells|stated|states|added|adds|noted|notes|announced|declared|"
                  r"warned|stressed|insisted|explained|replied|wrote|tweeted)")
# Words that can follow the verb without saying anything: the audience, the day, "that the"
_FILLER: Final = (r"(?:that|the|a|an|this|these|those|its|his|her|their|on|in|at|to|during|after|before|"
                  r"reporters|journalists|media|press|a news conference|news|conference|briefing|"
                  r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|earlier|later|also|then)")
# A verb of speech followed only by filler words, at the very end of the text
_BARE_SPEECH: Final = re.compile(rf"\b{_SPEECH}(?: {_FILLER})*[ \t]*\Z")
# Where a sentence starts within a line: after a full stop, perhaps closing a quote
_SENTENCE_START: Final = re.compile(r"[.!?][\u201d\"]? ")
_SENTENCE_END: Final = (".", "!", "?", '"', "\u201d", ")", ":", "'", "\u2019")
_QUOTES: Final = ('"', "\u201c", "\u201d")


def without_cut_speech(text: str) -> str:
    """The text with the speech verb (and its filler words) that ends a cut-off last sentence
    blanked out; a sentence that already quotes someone's words keeps its verb."""
    tail = text.rstrip()
    if not tail or tail.endswith(_SENTENCE_END):
        return text
    verb = _BARE_SPEECH.search(tail, max(0, len(tail) - 80))
    if verb is None:
        return text
    opening = tail.rfind("\n", 0, verb.start()) + 1
    for sentence in _SENTENCE_START.finditer(tail, opening, verb.start()):
        opening = sentence.end()
    if any(quote in tail[opening:verb.start()] for quote in _QUOTES):
        return text
    start, end = verb.span()
    return text[:start] + " " * (end - start) + text[end:]
