"""A headline's statement and the body's telling of it ("X accuses Y" over "X's minister said on
Saturday that ..."): one statement, dated by the day the body gives."""

from __future__ import annotations

from typing import Final

from dashboard.extract.model import ExtractedEvent
from dashboard.schema import GUESSED_TARGET_BASES

# How many days before the day of writing the body's telling may lie (a headline tells news).
_DAYS_BEFORE: Final = 3
_TEXT_DATED: Final = frozenset({"stated", "relative"})
_GUESSED: Final = frozenset(GUESSED_TARGET_BASES)


def tells_headline(headline: ExtractedEvent, event: ExtractedEvent, headline_end: int) -> bool:
    """Whether ``event``, a statement told in the body on a day of its own, is the body's telling
    of ``headline``'s statement, which the headline tells and only the day of writing dates: the
    same speaker's country, a plain remark or the same act (the headline names the act: "denies",
    "blames"), the headline's target or a guessed one, within the days before publication. The
    headline names a country, so a named speaker in the body is no other speaker."""
    if headline.event_type != "statement" or headline.date_basis != "published" or not headline.evidence:
        return False
    if headline.evidence[0].char_start >= headline_end or not event.evidence \
            or event.evidence[0].char_start < headline_end:
        return False
    if event.date_basis not in _TEXT_DATED or event.date_precision != "day" or headline.date_precision != "day" \
            or event.date_start is None or headline.date_start is None:
        return False
    if not 0 < (headline.date_start - event.date_start).days <= _DAYS_BEFORE:
        return False
    if event.event_mode not in (headline.event_mode, "comment") or event.modality != headline.modality:
        return False
    return event.actor_country == headline.actor_country and (
        event.target_country == headline.target_country or event.target_basis in _GUESSED)
