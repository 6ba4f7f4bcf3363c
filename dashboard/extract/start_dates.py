"""A date a decision takes effect from is not the day it was taken: "signed a decree on Friday
banning flights to Georgia from July 8", "the duties will be removed with effect from 29 March"."""

from __future__ import annotations

import re
from typing import Final

from dashboard.extract.dates import DateMention
from dashboard.extract.lower_case import lower_case

# "from July 8", "with effect from 29 March", "effective Monday", "as of Jan. 1", "starting next week"
_FROM: Final = re.compile(r"\b(?:from|effective|as of|starting|beginning)\s+(?:on\s+)?$", re.IGNORECASE)
_FROM_LOWER: Final = re.compile(_FROM.pattern)  # for ASCII text lower-cased: the same matches, faster
# "from May 2 to 5", "from 2019 until 2021": a span, the first day of which dates the event
_SPAN_END: Final = re.compile(r"^\s*(?:to|until|till|through|and|-|\u2013)\s", re.IGNORECASE)


def takes_effect_from(text: str, offset: int, mention: DateMention, anchor: int, event_type: str) -> bool:
    """Whether ``mention`` (article offsets; the sentence ``text`` starts at ``offset``), after
    the trigger at ``anchor``, tells when what was decided takes effect; a visit's "from May 2"
    is its first day."""
    if event_type == "visit" or mention.start <= anchor:
        return False
    start, end = mention.start - offset, mention.end - offset
    if text.isascii():
        return _FROM_LOWER.search(lower_case(text), max(0, start - 24), start) is not None and _SPAN_END.match(text, end) is None
    return _FROM.search(text, max(0, start - 24), start) is not None and _SPAN_END.match(text, end) is None
