"""The two sides a mediator stands between when no two-country meeting, deal or visit was told
yet: the pair of countries the article's events so far are most often between ("Kosovo accused
Serbia ... Belgrade denied ... Brussels has been mediating between the two sides")."""

from __future__ import annotations

from collections import Counter
from typing import Final

from dashboard.extract.actor_makers import state_actor
from dashboard.extract.model import ExtractedEvent
from dashboard.extract.units import Actor

# How many events the pair must be told in; a pair tied with another leads nothing.
_MIN_EVENTS: Final = 2


def story_pair(recent: list[ExtractedEvent], mediators: set[str]) -> tuple[Actor, Actor] | None:
    """The two countries most of the earlier events are between, neither of them a mediator,
    in the order the first such event gave; None when no pair leads the others."""
    counts: Counter[frozenset[str]] = Counter()
    first: dict[frozenset[str], tuple[str, str]] = {}
    for event in recent:
        actor, target = event.actor_country, event.target_country
        if not actor or not target or actor == target or event.event_mode == "mediation" \
                or actor in mediators or target in mediators:
            continue
        key = frozenset((actor, target))
        counts[key] += 1
        first.setdefault(key, (actor, target))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _MIN_EVENTS or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    actor, target = first[ranked[0][0]]
    return state_actor(actor), state_actor(target)
