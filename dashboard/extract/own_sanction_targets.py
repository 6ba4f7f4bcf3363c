"""A sanction told with no target but with a date of its own ("the EU's embargo ... took effect,
followed by a ban on refined products in February 2023", "signed a sanctions waiver last
month allowing banks to move the funds") hits the one country its actor sanctions elsewhere in
the article, before or after. With none or several such countries, or with no date but the
day of publication ("citing violations of UN sanctions", "undertook to designate Hezbollah"),
it stays without a target and is dropped as incomplete: such mentions are mostly standing
measures or acts on others, not a measure told back."""

from __future__ import annotations

from collections import defaultdict

from dashboard.extract.model import ExtractedEvent

_UNDATED = "published"  # the date basis of an act dated only by the day of publication
# A target basis of its own: the other sanction may come later in the text, not "told before".
OTHER_SANCTIONS = "actor's other sanctions"


def with_own_sanction_targets(events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """Give each target-less sanction the only country its actor sanctions in the article."""
    hit: dict[str, dict[str, str | None]] = defaultdict(dict)  # actor -> target country -> name
    for event in events:
        if event.event_type == "sanction" and event.actor_country and event.target_country \
                and event.target_country != event.actor_country:
            hit[event.actor_country].setdefault(event.target_country, event.target)
    for event in events:
        if event.event_type != "sanction" or event.target_country or not event.actor_country \
                or event.date_basis == _UNDATED:
            continue
        targets = hit.get(event.actor_country, {})
        if len(targets) == 1:
            (event.target_country, event.target), = targets.items()
            event.target_basis = OTHER_SANCTIONS
    return events
