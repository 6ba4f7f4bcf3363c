"""One more stop of a trip told before ("X also toured the museum", "X will also call on the
president"): the same person in the same country within the trip's days is that trip, not
another visit."""

from __future__ import annotations

from typing import Final

from dashboard.extract.also import said_to_be_another
from dashboard.extract.clustering import dates_compatible
from dashboard.extract.model import ExtractedEvent

_DONE_OR_AHEAD: Final = frozenset({"asserted", "planned"})


def same_trip(trip: ExtractedEvent, later: ExtractedEvent) -> bool:
    """Whether ``later``, a visit "also" marks, is a stop of ``trip``, told before it: the same
    named traveller to the same country, done or planned, on days the trip's dates allow (a
    planned stop of a trip under way joins it; another traveller's "also" is another trip)."""
    if trip.event_type != "visit" or later.event_type != "visit" or not trip.actor or later.actor != trip.actor:
        return False
    if trip.actor_country != later.actor_country or trip.target_country is None \
            or trip.target_country != later.target_country:
        return False
    if trip.modality not in _DONE_OR_AHEAD or later.modality not in _DONE_OR_AHEAD:
        return False
    if trip.place_country and later.place_country and trip.place_country != later.place_country:
        return False
    return dates_compatible(trip, later) and said_to_be_another(later)
