"""A statement aimed at nobody named that the same speaker makes beside an aimed one:
"Seoul expressed regret and warned it would respond if the North ..." regrets what the North did
(a target the sentence names in another role: basis "other role")."""

from __future__ import annotations

from dashboard.extract.model import ExtractedEvent


def with_shared_aims(events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """The events of one sentence, each statement aimed at nobody (but a comment) given the
    targets of the same speaker's other statements there, one event per target."""
    if len(events) < 2:
        return events
    out: list[ExtractedEvent] = []
    for event in events:
        if event.event_type == "statement" and not event.target_country and event.event_mode != "comment":
            aims = {other.target_country: other.target for other in events
                    if other is not event and other.event_type == "statement" and other.target_country
                    and other.actor_country == event.actor_country}
            for code, name in aims.items():
                aimed = event.copied()
                aimed.target, aimed.target_country, aimed.target_basis = name, code, "other role"
                aimed.evidence = list(event.evidence)
                out.append(aimed)
            if aims:
                continue
        out.append(event)
    return out
