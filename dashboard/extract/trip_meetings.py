"""Talks told as what a trip was for: "travelled to Florida on Thursday to see Donald Trump",
"flew to Tokyo to hand Kishida the report", "flew to Sochi and spent six hours with Putin",
"spent two days in Cairo with Sisi": the traveller met the person named."""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from dashboard.extract.frame import Frame
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.time_spent import TIME_SPENT
from dashboard.extract.words import BOUNDARY_PUNCT

# Verbs whose person object a traveller meets: "to see Trump", "to hand Kishida the report".
_MEETING_PURPOSES: Final = frozenset({"see", "hand", "brief", "greet", "consult", "visit"})
_SPENT: Final = frozenset({"spent", "spend", "spends", "spending"})
_REACH: Final = 8  # words from the trip's destination to the purpose verb, at most


def trip_meetings(sf: SentenceFrames, trip: Frame) -> list[Frame]:
    """The talks a trip told with a verb was made for, with the person the purpose names."""
    if trip.spec.event_type != "visit" or trip.spec.pos != "verb" or not trip.actors or trip.passive:
        return []
    units = sf.units
    start = max([trip.trigger_index, *trip.targets]) + 1
    for k in range(start, min(len(units) - 1, start + _REACH)):
        unit = units[k]
        if unit.text in BOUNDARY_PUNCT or unit.text in ",;" or unit.actor is not None \
                or unit.triggers() and unit.low not in _SPENT:  # "spent" is a trip of its own only "in" a place
            return []
        person = -1
        if unit.low in _MEETING_PURPOSES and units[k - 1].low == "to":
            person = k + 1
        elif unit.low == "with" and k == start and trip.spec.object_class == TIME_SPENT:
            person = k + 1  # "spent the start of the week in Cairo with Sisi"
        elif unit.low in _SPENT and units[k - 1].low == "and":
            person = next((j + 1 for j in range(k + 1, min(len(units) - 1, k + 6)) if units[j].low == "with"), -1)
        if person < 0:
            continue
        met = units[person] if person < len(units) else None
        if met is None or met.actor is None or met.actor.kind != "person" or met.possessive:
            return []
        spec = replace(trip.spec, event_type="meeting", event_mode="talks", frame="symmetric")
        return [replace(trip, spec=spec, mode="talks", targets=[person], destination=None)]
    return []
