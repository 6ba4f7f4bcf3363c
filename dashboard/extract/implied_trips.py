"""The trips a story implies: talks and remarks placed where a visit by one of their sides was
under way that day, and the visit a meeting or signing abroad implies ("Scholz met Xi in
Beijing" is also Germany's visit to China)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import Final

from dashboard import gazetteer
from dashboard.extract.build import TRAVELLING_ROLES
from dashboard.extract.model import ExtractedEvent
from dashboard.extract.perfect_remarks import remark_in_perfect
from dashboard.extract.reference_points import named_as_reference
from dashboard.extract.residents import named_as_ambassador
from dashboard.extract.summits import summit_venue
from dashboard.schema import cameo_for, goldstein


def with_visit_places(events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """Place talks and remarks with no place of their own where a visit by one of their sides was
    under way that day: "Lavrov also held talks with Choe" during his visit to Pyongyang."""
    visits = [e for e in events if e.event_type == "visit" and e.place_country and e.date_start and e.modality == "asserted"]
    joined: list[ExtractedEvent] = []
    for event in events:
        if event.place_country or event.date_start is None or not _situated(event):
            continue
        visit = next((v for v in visits if _during(v, event) and _took_part(v, event)), None)
        if visit is None and event.target_country:  # both sides abroad in the same country
            hosts = {(v.actor_country, v.place_country): v for v in visits if _during(v, event)}
            visit = next((v for (code, place), v in hosts.items() if code == event.actor_country
                          and (event.target_country, place) in hosts), None)
            if visit is None and event.event_type == "meeting":
                visit = _joined_abroad(event, visits, joined, events)
        if visit is not None:
            event.take_place_of(visit)
    return events + joined


def _joined_abroad(meeting: ExtractedEvent, visits: list[ExtractedEvent],
                   joined: list[ExtractedEvent], events: list[ExtractedEvent]) -> ExtractedEvent | None:
    """"Kim arrived in Beijing ... Putin and Kim held talks": talks in person with a side who is
    visiting a third country are held there, and the other side came there too (a visit added
    to ``joined``)."""
    sides = (meeting.actor_country, meeting.target_country)
    sentence = meeting.evidence[0].char_start if meeting.evidence else -1
    if any(v.evidence and v.evidence[0].char_start == sentence for v in visits):
        return None  # "was to fly to Amman for a summit with ...": the talks are where that trip goes
    if meeting.modality == "planned" and any(v.event_type == "visit" and v.modality == "planned" and any(
            e.char_start == sentence for e in v.evidence) for v in events):
        return None  # "will visit Seoul to meet Roh": planned talks are where the planned trip goes
    visit = next((v for v in visits if _during(v, meeting) and v.actor_country in sides
                  and v.place_country not in sides), None)
    if visit is None:
        return None
    name, code = ((meeting.target, meeting.target_country) if visit.actor_country == meeting.actor_country
                  else (meeting.actor, meeting.actor_country))
    country = gazetteer.country(code)
    host = visit.place_country
    if (country is None or country.is_group or not name or name == country.name
            or any(v.actor_country == code and v.place_country == host for v in (*visits, *joined))):
        return visit
    joined.append(replace(
        meeting, event_type="visit", event_mode=visit.event_mode,
        cameo_code=(cameo := cameo_for("visit", visit.event_mode, meeting.modality)),
        goldstein=goldstein(cameo), actor=name, actor_country=code,
        actor_role=meeting.actor_role if code == meeting.actor_country else None,
        target=gazetteer.country_name(host), target_country=host, target_basis="place",
        place=visit.place, place_country=host, lat=visit.lat, lon=visit.lon, geo_precision=visit.geo_precision,
        stance=None, quote=None, confidence=round(meeting.confidence * 0.9, 3), evidence=list(meeting.evidence)))
    return visit


def _situated(event: ExtractedEvent) -> bool:
    """Talks in person, a signing or an agreement between the two sides, or a remark by a
    travelling person."""
    if event.event_type == "meeting":
        return event.event_mode != "call"
    if event.event_type == "agreement":
        return event.event_mode in ("sign", "agree")
    return (event.event_type == "statement" and event.actor_role in TRAVELLING_ROLES
            and event.modality == "asserted" and not remark_in_perfect(event))


# How long a visit known only by its first day is taken to last.
_VISIT_DAYS: Final = timedelta(days=3)


def _during(visit: ExtractedEvent, event: ExtractedEvent) -> bool:
    first, day = visit.date_start, event.date_start
    if first is None or day is None or visit.date_precision != "day" or event.date_precision != "day":
        # "In mid-May, Zarif came to Tokyo and met Abe": one sentence, one coarse date
        return (first, visit.date_precision) == (day, event.date_precision) and visit.sentence == event.sentence
    return first <= day <= max(visit.date_end or first, first + _VISIT_DAYS)


def _took_part(visit: ExtractedEvent, event: ExtractedEvent) -> bool:
    """The visitor is one side of the event, and the other side (if any) is the host; a visitor
    speaks where they are whoever the remark is about."""
    if event.event_type == "statement" and event.actor_country == visit.actor_country:
        return True
    sides = {event.actor_country, event.target_country} - {None}
    return visit.actor_country in sides and sides <= {visit.actor_country, visit.target_country}


# Talks or a signing told with a summit are part of it: the trip was to the summit.
_AT_SUMMIT: Final = "summit"
# Talks "on the sidelines of" or "on the margins of" a gathering are a trip to that gathering.
_SIDELINES: Final = re.compile(r"\b(?:sidelines?|margins?)\b")
# Last words of a side that is an armed force, not a traveller.
_FORCES: Final = frozenset({"forces", "troops", "peacekeepers", "army", "military", "rebels", "fighters"})


def _both_named(event: ExtractedEvent) -> bool:
    """Whether both sides of the meeting are named in its sentence, so that the country named
    as its place is where one of them travelled ("Kono met Wang in China")."""
    return event.actor_explicit and event.target_basis == "stated"


def with_implied_visits(events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """Add the visit a meeting or a signing abroad implies: "Scholz met Xi in Beijing" is also a
    visit by Germany to China (and a meeting of both in Bali a visit by each). The implied visit
    is a little less certain than the event it comes from. A meeting told as history ("they last
    met in Geneva in 2021") implies the trips of then, as the gold codes dated history."""
    visits = {(e.actor_country, e.target_country) for e in events if e.event_type == "visit"}
    implied: list[ExtractedEvent] = []
    for event in events:
        host = event.place_country
        in_person = ((event.event_type == "meeting" and event.event_mode != "call")
                     or (event.event_type == "agreement" and event.event_mode == "sign"))
        sides_here = {event.actor_country, event.target_country}
        # a country named as the place counts when it is neither side's (both came from abroad), or
        # when it is one side's and both are named: "Kono met Wang in China" is a trip by the other
        venue: gazetteer.Place | None = None
        if not in_person or not host or (event.geo_precision != "city" and (
                event.geo_precision != "country" or (host in sides_here and not _both_named(event)))):
            venue = summit_venue(event)  # "raised it with Modi at the G20 summit in New Delhi"
            if venue is None:
                continue
            host = venue.country
        if event.modality == "negated":
            continue  # a meeting called off took nobody anywhere
        if event.evidence and named_as_reference(event.sentence, event.evidence[0].trigger):
            continue  # "the first summit since they met in Geneva": only a point in time
        sides = [(event.actor, event.actor_country), (event.target, event.target_country)]
        if venue is not None:
            sides = sides[:1]  # the one told at the summit; whom they spoke to may be at home
        for name, code in sides:
            country = gazetteer.country(code)
            if country is None or country.is_group or code == host or (code, host) in visits:
                continue
            if not name or name == country.name or (code == event.actor_country and event.actor_role == "government"):
                continue  # "Japan signed a pact in Manila": nobody in particular travelled
            if named_as_ambassador(event.sentence, name):
                continue  # "met the Russian ambassador" in Kabul: an envoy lives where posted
            if (code == event.actor_country and event.actor_role == "military") or name.rsplit(" ", 1)[-1] in _FORCES:
                continue  # "a truce brokered by Russian peacekeepers": forces in the field make no trip
            visits.add((code, host))
            low = event.sentence.casefold()
            mode = "summit" if venue is not None or _AT_SUMMIT in low or _SIDELINES.search(low) else "unspecified"
            implied.append(replace(
                event, event_type="visit", event_mode=mode,
                cameo_code=(cameo := cameo_for("visit", mode, event.modality)),
                goldstein=goldstein(cameo), actor=name, actor_country=code,
                actor_role=event.actor_role if code == event.actor_country else None,
                target=gazetteer.country_name(host), target_country=host, target_basis="place",
                stance=None, quote=None,
                confidence=round(event.confidence * 0.9, 3), evidence=list(event.evidence)))
            if venue is not None:
                trip = implied[-1]
                trip.place, trip.place_country, trip.lat, trip.lon = venue.name, host, venue.lat, venue.lon
                trip.geo_precision = "city"
    return events + implied
