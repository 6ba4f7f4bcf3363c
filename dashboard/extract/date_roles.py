"""Date mentions of a sentence that do not date the event at a trigger: the end of a span
("a visit lasting until Thursday"), a date owned by another noun ("after last year's coup") and
the date of a since-clause after the trigger ("first trip since the invasion in February")."""

from __future__ import annotations

from dashboard.extract.dates import DateMention

_ENDS = frozenset({"until", "till", "through"})
_RELATIVES = (", who ", ", whom ", ", whose ", ", which ")


def dates_other_thing(text: str, offset: int, mention: DateMention, anchor: int) -> bool:
    """Whether ``mention`` (article offsets; the sentence ``text`` starts at ``offset``) is an
    end date, a possessive date of a noun away from the trigger at ``anchor``, or a date of a
    since-clause after it."""
    start, end = mention.start - offset, mention.end - offset
    words = [*text[max(0, start - 8):start].split()[-1:], *mention.text.split()[:1]]
    if any(word.lower() in _ENDS for word in words):
        return True
    if mention.start > anchor:
        between = text[anchor - offset:start].lower()
        # "first trip abroad since Russia invaded in February", "instructions of Petro, who took
        # office on 7 August": the date of a since-clause or a relative clause after the trigger
        if " since " in between or any(pronoun in between for pronoun in _RELATIVES):
            return True
    if text[end:end + 2] in ("'s", "\u2019s"):
        # "last week's visit" dates the visit; "after last year's coup" dates the coup
        return not (0 <= anchor - mention.end <= 20)
    return False
