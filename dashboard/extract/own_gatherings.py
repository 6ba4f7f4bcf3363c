"""A gathering a country hosts, told with no guest named: "Chile will host a summit of Pacific
states in Valparaiso", "the forum that Kenya is due to host in May". The sets code one meeting
of the host, aimed at no single side (like gathering_acts.py's acts of several), held in the
host's country unless held by video; guests named in the sentence make it talks with each."""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from dashboard.extract.build import place_fields
from dashboard.extract.frame import Frame
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.hosted_gatherings import HOSTING_WORDS, held_remotely
from dashboard.extract.lexicon import SupportSpec, TriggerSpec
from dashboard.extract.model import ExtractedEvent
from dashboard.extract.target_needs import SEVERAL

# Noun triggers that name a gathering a host holds for many (not "talks" or "a meeting", mostly
# others' talks the host only houses: "hosted the talks between A and B").
OWN_GATHERINGS: Final = frozenset({"summit", "conference"})
# Nouns whose "to host" is their owner's, not the sentence subject's: "rejected a US offer to host".
_OFFERS: Final = frozenset({"offer", "offers", "proposal", "proposals", "bid", "bids", "invitation", "request"})


def hosted_by_support(sf: SentenceFrames, frame: Frame) -> bool:
    """Whether the frame's gathering noun is made an event by a hosting verb ("hosted the summit",
    "the conference Italy will host")."""
    return frame.spec.phrase in OWN_GATHERINGS and frame.support_index is not None \
        and _hosts(sf, frame.support_index)


def _hosts(sf: SentenceFrames, support: int) -> bool:
    """Whether the support verb is one of hosting, its subject the host ("The summit, hosted by
    X, ..." mostly tells the guests' trips instead: the sets code no meeting of the host alone;
    "an offer to host" is the offer's maker's, not the subject's)."""
    after = sf.units[support + 1].low if support + 1 < len(sf.units) else ""
    before = sf.units[support - 1].low.split() if support >= 1 else []  # "offer to" may be one unit
    if before == ["to"] and support >= 2:
        before = [sf.units[support - 2].low, "to"]
    offered = len(before) == 2 and before[1] == "to" and before[0] in _OFFERS
    return sf.units[support].low in HOSTING_WORDS and after != "by" and not offered


def unhosted_conference(sf: SentenceFrames, spec: TriggerSpec, support: tuple[int, SupportSpec, bool] | None) -> bool:
    """Whether a conference is told with no host making it one ("attended a conference", "a
    conference call"): only hosting it makes it a country's meeting."""
    return spec.phrase == "conference" and (support is None or not _hosts(sf, support[0]))


def own_gatherings(sf: SentenceFrames, frame: Frame, events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """The host's meeting of a gathering it hosts with no guest named: aimed at no single side, in
    the host's country when the sentence names no place (nowhere when held by video). A gathering
    only thought of ("could host a summit") is left out, as the sets leave it."""
    if frame.spec.event_type != "meeting" or frame.targets or not frame.actors or not hosted_by_support(sf, frame):
        return events
    remote = held_remotely(sf.units)
    found = []
    for event in events:
        if event.target_country is not None or event.actor_country is None or event.modality == "hypothetical":
            found.append(event)
            continue
        place = (event.place, event.place_country, event.lat, event.lon, event.geo_precision)
        if remote:
            place = place_fields(None, None)
        elif event.place_country is None:
            place = place_fields(None, event.actor_country)
        found.append(replace(event, target_basis=SEVERAL, place=place[0], place_country=place[1], lat=place[2],
                             lon=place[3], geo_precision=place[4]))
    return found
