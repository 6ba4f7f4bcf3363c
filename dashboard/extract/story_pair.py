"""The two sides a mediator stands between when no two-country meeting, deal or visit was told
yet: the pair of countries the article's events so far are most often between ("Kosovo accused
Serbia ... Belgrade denied ... Brussels has been mediating between the two sides")."""

from __future__ import annotations

from typing import Final

from dashboard.extract.actor_makers import state_actor
from dashboard.extract.model import ExtractedEvent
from dashboard.extract.units import Actor

# How many events the pair must be told in; a pair tied with another leads nothing.
_MIN_EVENTS: Final = 2


def story_pair(recent: list[ExtractedEvent], mediators: set[str]) -> tuple[Actor, Actor] | None:
    """The two countries most of the earlier events are between, neither of them a mediator,
    in the order the first such event gave; None when no pair leads the others."""
    # plain loops, not Counter.most_common: this runs at every paragraph break, and the
    # compiled extractor runs collections' code as interpreted Python
    counts: dict[tuple[str, str], int] = {}
    first: dict[tuple[str, str], tuple[str, str]] = {}
    for event in recent:
        count_pair(event, mediators, counts, first)
    return leading_pair(counts, first)


def count_pair(event: ExtractedEvent, mediators: set[str], counts: dict[tuple[str, str], int],
               first: dict[tuple[str, str], tuple[str, str]]) -> None:
    """Count the event's pair of countries (either order) in ``counts``, ``first`` keeping the
    order the pair was first told in."""
    actor, target = event.actor_country, event.target_country
    if not actor or not target or actor == target or event.event_mode == "mediation" \
            or actor in mediators or target in mediators:
        return
    key = (actor, target) if actor < target else (target, actor)
    counts[key] = counts.get(key, 0) + 1
    if key not in first:
        first[key] = (actor, target)


def leading_pair(counts: dict[tuple[str, str], int],
                 first: dict[tuple[str, str], tuple[str, str]]) -> tuple[Actor, Actor] | None:
    """The pair counted most, at least twice and tied with none, in its first order."""
    best, best_count, tied = None, 0, False
    for key, count in counts.items():
        if count > best_count:
            best, best_count, tied = key, count, False
        elif count == best_count:
            tied = True
    if best is None or best_count < _MIN_EVENTS or tied:
        return None
    actor, target = first[best]
    return state_actor(actor), state_actor(target)
