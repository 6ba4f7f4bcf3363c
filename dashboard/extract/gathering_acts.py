"""What the participants of a gathering of several countries did together: "The heads of state
signed the declaration", "At its close, the participants signed a declaration", "The leaders
adopted a document". The text of several countries is one agreement by the gathering's host,
aimed at no single side, held where the gathering was: the sets code it so (one row, the host
acting, no target), and no pair of sides stands for it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from dashboard import gazetteer
from dashboard.extract.actor_makers import state_actor
from dashboard.extract.ascii_stand_in import ascii_stand_in
from dashboard.extract.build import place_fields
from dashboard.extract.model import ExtractedEvent
from dashboard.extract.target_needs import SEVERAL
from dashboard.extract.units import Actor, Unit, listed_units
from dashboard.schema import cameo_for, goldstein

_COUNT: Final = r"(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|[3-9]|[1-9][0-9])"
# The participants as the subject opening the sentence, after at most a short opener ("At its
# close, "): "The heads of state", "all six leaders", "the participants", "They".
_COLLECTIVE: Final = re.compile(
    r"^((?:[A-Z][\w' -]{0,30}, )?)(?:(?:the|all(?: the)?) (?:" + _COUNT + r" )?)?"
    r"(?:heads of (?:state|government)(?: and (?:of )?government)?|participants|leaders|parties|they)"
    r"(?: (?:also|then|jointly|later|further|formally))? (signed|adopted|endorsed|approved)\b"
    r"(?: [\w'-]+){0,4}? (?:declaration|document|communiqu[eé]|statement|charter|consensus|agreement|outcomes)\b",
    re.IGNORECASE)
_SIGNING: Final = frozenset({"signed", "adopted", "endorsed", "approved"})
# The participants agreeing (or saying) they would meet again: "They also agreed to meet again".
_MEET_AGAIN: Final = re.compile(
    r"^(?:[A-Z][\w' -]{0,30}, )?(?:(?:the|all(?: the)?) (?:" + _COUNT + r" )?)?"
    r"(?:heads of (?:state|government)|participants|leaders|parties|they)\b[^.;:]{0,150}?\bto meet again\b", re.IGNORECASE)
# Words between the participants and their signing: "the participants also signed".
_BETWEEN: Final = frozenset({"also", "then", "jointly", "later", "further", "formally"})
# A gathering of three or more countries told before: "a trilateral summit", "the six heads of
# state", "leaders of all 12 South American countries".
_SEVERAL_COUNTRIES: Final = re.compile(
    r"\b(?:trilateral|multilateral|" + _COUNT + r" (?:[\w-]+ ){0,3}?"
    r"(?:countries|nations|states|leaders|presidents|heads of (?:state|government)))\b", re.IGNORECASE)


# The same pattern for lower-cased ASCII text: the same matches, with no case to ignore.
_SEVERAL_LOWER: Final = re.compile(_SEVERAL_COUNTRIES.pattern)

# Words one of which every match of _SEVERAL_COUNTRIES holds, lower-cased: a plain test of them
# spares most sentences the pattern's search (of ASCII text or its stand-in).
_SEVERAL_WORDS: Final = ("lateral", "countries", "nations", "states", "leaders", "presidents", "heads of")
# ... and one of these too: "lateral", or a count with the blank after it (a number's last digit).
# "United States" and "world leaders" pass the first test in most articles, few pass this one.
_COUNT_CUES: Final = ("lateral", "three ", "four ", "five ", "six ", "seven ", "eight ", "nine ", "ten ",
                      "eleven ", "twelve ", "0 ", "1 ", "2 ", "3 ", "4 ", "5 ", "6 ", "7 ", "8 ", "9 ")


def tells_several(sentence: str) -> bool:
    """Whether the sentence tells a gathering (or a group) of three or more countries."""
    low = ascii_stand_in(sentence)  # lower-cased ASCII, or a stand-in with the same matches
    if low is None:
        return _SEVERAL_COUNTRIES.search(sentence) is not None
    if not any(word in low for word in _SEVERAL_WORDS) or not any(cue in low for cue in _COUNT_CUES):
        return False
    return _SEVERAL_LOWER.search(low) is not None


def host_of(venue: Unit | None, host: Actor | None, filed_from: Unit | None,
            talks: list[ExtractedEvent]) -> str | None:
    """The country that hosted the latest gathering: where it was, else who the text says hosted
    it, else where the report was filed from, else the first side of the latest talks."""
    for code in (venue.place_country if venue is not None else None, host.country if host is not None else None,
                 filed_from.place_country if filed_from is not None else None,
                 talks[0].actor_country if talks else None):
        entry = gazetteer.country(code) if code else None
        if entry is not None and not entry.is_group:
            return code
    return None


def with_host_for_participants(units: list[Unit], sentence: str, host: str | None) -> tuple[list[Unit], bool]:
    """"The heads of state signed the declaration" read as the ``host`` signing it (and whether it
    was): the subject, naming no country itself, is replaced by the host's country."""
    match = _COLLECTIVE.match(sentence) if host else None
    if match is None or not units:
        return units, False
    verb = next((k for k, unit in enumerate(units) if unit.low in _SIGNING), -1)
    if verb <= 0:
        return units, False
    opener_end = units[0].start + len(match.group(1))  # past "At its close, "
    first = next((k for k, unit in enumerate(units) if unit.start >= opener_end), verb)
    last = verb - 1
    while last > first and units[last].low in _BETWEEN:
        last -= 1
    named = {unit.actor.country for unit in units[first:last + 1] if unit.actor is not None}
    if named:  # already read as the members of a list told before ("the six heads of state"), or not
        return units, len(named) >= 3 and all(unit.text == units[first].text for unit in units[first:last + 1]
                                              if unit.actor is not None)
    return units[:first] + listed_units(units[first:last + 1], [state_actor(host)]) + units[last + 1:], True


def as_gathering_act(here: list[ExtractedEvent], host: str | None, venue: Unit | None) -> list[ExtractedEvent]:
    """The host's agreement made of the participants' act as one event aimed at no single side,
    at the gathering's ``venue`` (else in the host's country); its other readings dropped."""
    acts = [e for e in here if e.event_type == "agreement" and e.actor_country == host]
    if not acts or any(e.event_type == "agreement" and e.target_country for e in here):
        return here
    place, place_country, lat, lon, precision = place_fields(venue, host)
    act = replace(acts[0], target=None, target_country=None, place=place, place_country=place_country, lat=lat,
                  lon=lon, geo_precision=precision, target_basis=SEVERAL, actor_explicit=False)
    others = [e for e in here if not any(e is a for a in acts)]  # the host's other readings go
    return others + [act]


def as_gathering_meeting(sentence: str, here: list[ExtractedEvent], host: str | None) -> list[ExtractedEvent]:
    """"They also agreed to meet again" after a gathering of several countries: the meeting to
    come is the gathering's again, one planned meeting of its ``host`` aimed at no single side,
    not one of the pair the sentence's subject may have been read as."""
    if not host or _MEET_AGAIN.match(sentence) is None:
        return here
    meetings = [e for e in here if e.event_type == "meeting" and e.evidence and e.evidence[0].trigger.lower() == "meet"]
    if not meetings:
        return here
    code = cameo_for("meeting", meetings[0].event_mode, "planned")
    again = replace(meetings[0], actor=gazetteer.country_name(host), actor_country=host, actor_role="government",
                    target=None, target_country=None, modality="planned", cameo_code=code, goldstein=goldstein(code),
                    target_basis=SEVERAL, actor_explicit=False)
    return [e for e in here if not any(e is m for m in meetings)] + [again]
