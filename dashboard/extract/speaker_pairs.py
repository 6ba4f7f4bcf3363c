"""Whose side comes first when a speaker reports what "the two sides" did: the speaker's own
("Maduro said the two sides had agreed to keep talking": Venezuela agreed with the United
States), whatever order the article's latest pair had."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Actor, Unit

_SPEECH: Final = frozenset({"said", "says", "told", "added", "announced", "stated", "confirmed"})


def speaker_first(done: list[Unit], pair: tuple[Actor, Actor] | None) -> tuple[Actor, Actor] | None:
    """``pair`` with the second side first when the sentence so far (``done``) opens with that
    side's speaker and a verb of speech (None stays None)."""
    if pair is None:
        return None
    for k, unit in enumerate(done):
        if unit.actor is None:
            continue
        if unit.actor.country == pair[1].country and any(later.low in _SPEECH for later in done[k + 1:]):
            return pair[1], pair[0]
        return pair
    return pair
