"""Where forces sent go: a deployment is an event between countries only where it ends.

"The army deploys troops south of the river" or "Kenya sent troops across the border", with no
country or place the text lets us name, is no record of one country's forces sent to another.
The border's other side is not taken from the latest pair of sides: it is often a third country
("crossed the frontier" in a story told between Washington and Ankara).
"""

from __future__ import annotations

from dashboard.extract.model import ExtractedEvent


def with_deployment_ends(events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """The sentence's events without deployments that have neither a target nor a place."""
    return [event for event in events
            if event.event_mode != "deployment" or event.target_country or event.place_country]
