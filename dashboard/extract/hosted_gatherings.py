"""A gathering, its host and who attended it: "The summit, hosted by Indonesia, was attended by the
presidents of Kenya and Ghana" is talks of the host with each guest, held where the gathering was;
"Modi hosted the summit in virtual format. The summit was attended by A; B; and C" the same,
told across two sentences, with no place and no trip."""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from dashboard.extract.actor_makers import state_of
from dashboard.extract.frame import Frame
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.units import Actor, Unit
from dashboard.extract.words import BOUNDARY_PUNCT, CLAUSE_WORDS, RELATIVE_PRONOUNS

# A meeting frame's reference to the gathering an earlier sentence told its host of.
HOSTED_BEFORE: Final = "hosted gathering"
HOSTING_WORDS: Final = frozenset({"hosted", "hosts", "hosting", "host", "convened", "convenes", "convening"})
# Words that tell a gathering held by video, not in one place.
_REMOTE: Final = frozenset({"virtual", "virtually", "online", "videoconference", "video"})
# Words skipped between members of a list of guests: "the President of X, H.E. Mr. A; ...".
_HONORIFICS: Final = frozenset({"the", "mr", "mrs", "ms", "dr", "h.e.", "h.e", "his excellency",
                                "her excellency", "excellency", "honourable", "honorable", "hon."})
_SEPARATORS: Final = frozenset({",", ";", "and"})
# How far before an attending verb its gathering may be named ("a summit hosted by X and attended by").
_REACH: Final = 10


def _gatherings(sf: SentenceFrames) -> frozenset[str]:
    return sf.lexicon.word_classes.get("gathering", frozenset())


def gathering_before(sf: SentenceFrames, index: int) -> int:
    """The gathering a passive attending verb is told of ("The summit (in Jakarta) was attended
    by"), within its clause before it; -1 when none."""
    words = _gatherings(sf)
    for k in range(index - 1, max(-1, index - 1 - _REACH), -1):
        unit = sf.units[k]
        if unit.low in words:
            return k
        if unit.text in BOUNDARY_PUNCT or unit.text in ".;" or (unit.low in CLAUSE_WORDS and unit.low != "as"):
            return -1
    return -1


def attendees(sf: SentenceFrames, index: int) -> list[int]:
    """Every guest of "attended by A, Mr X; B, Mr Y; and C": one actor per country, an apposition
    naming the same country's person again counting once."""
    units = sf.units
    k = index + 1
    if k >= len(units) or units[k].low != "by":
        return []
    found: list[int] = []
    countries: set[str] = set()
    k += 1
    while k < len(units):
        while k < len(units) and (units[k].low in _HONORIFICS or _abbreviation(units[k])):
            k += 1
        actor = units[k].actor if k < len(units) else None
        if actor is None or units[k].possessive or not actor.country:
            break
        country = actor.country
        if country not in countries:
            countries.add(country)
            found.append(k)
        k += 1
        while k < len(units) and units[k].low in _SEPARATORS:
            k += 1
    return found


def _abbreviation(unit: Unit) -> bool:
    """"H.E.", "Mr.": a short capitalised form of address."""
    return unit.actor is None and len(unit.text) <= 4 and unit.text[:1].isupper() and unit.text.rstrip(".").isalpha()


def host_in_sentence(sf: SentenceFrames, gathering: int) -> int:
    """The host of the gathering at ``gathering`` the sentence names: "(a summit) hosted by X",
    "X hosted the summit, which ..."; -1 when none."""
    units = sf.units
    for k in range(gathering + 1, min(len(units) - 1, gathering + 4)):
        if units[k].low in HOSTING_WORDS and units[k + 1].low == "by":
            group = sf.by_phrase(k, ("by",))
            return group[0] if group else -1
    k = gathering - 1
    while k > 0 and units[k].actor is None and units[k].text.replace("-", "").isalnum() and units[k].low not in HOSTING_WORDS:
        k -= 1  # "hosted the first India-Central Asia Summit": past its describing words
    if k > 0 and units[k].low in HOSTING_WORDS and units[k - 1].actor is not None and not units[k - 1].possessive:
        return k - 1
    return -1


def gathering_host(sf: SentenceFrames, index: int) -> list[int]:
    """The host the sentence names of the gathering a passive attending verb at ``index`` is told
    of ("The summit, hosted by Indonesia, was attended by"): where the guests went."""
    gathering = gathering_before(sf, index)
    host = host_in_sentence(sf, gathering) if gathering >= 0 else -1
    return [host] if host >= 0 else []


def held_remotely(units: list[Unit]) -> bool:
    """Whether the sentence tells its gathering held by video ("in virtual format", "online")."""
    return any(unit.low in _REMOTE for unit in units)


def host_meetings(sf: SentenceFrames, frame: Frame, found: list[Frame]) -> list[Frame]:
    """"(The summit, hosted by X,) was attended by A and B": talks of the host with each guest; a
    definite gathering with no host named is the one an earlier sentence told hosted. A gathering
    that is only where the sentence's own talks were ("A and B met at a summit hosted by X and
    attended by Y") tells none: those talks are what "they" and "the meeting" stand for next."""
    if frame.spec.object_class != "summit" or not frame.passive or not frame.actors:
        return []
    if any(other.spec.event_type == "meeting" and other.spec.pos == "verb" and other.actors and other.targets
           for other in found if other is not frame):
        return []
    gathering = gathering_before(sf, frame.trigger_index)
    if gathering < 0:
        return []
    spec = replace(frame.spec, event_type="meeting", event_mode="talks", frame="symmetric")
    host = host_in_sentence(sf, gathering)
    if host >= 0:
        country = state_of(sf.units[host]).country
        guests = [k for k in frame.actors if state_of(sf.units[k]).country != country]
        return [Frame(spec, frame.trigger, frame.trigger_index, [host], guests, mode="talks",
                      actor_source="host")] if guests else []
    if gathering == 0 or sf.units[gathering - 1].low not in ("the", "this", "that"):
        return []  # "a summit was attended by": a gathering not told before
    return [Frame(spec, frame.trigger, frame.trigger_index, [], list(frame.actors), mode="talks",
                  referenced_type=HOSTED_BEFORE)]


class HostedGathering:
    """The latest gathering an article told who hosted: its host, where it was and whether it
    was held by video."""

    def __init__(self) -> None:
        self.host: Actor | None = None
        self.venue: Unit | None = None
        self.remote = False

    def note(self, sf: SentenceFrames) -> None:
        """Remember the host of a gathering the sentence tells hosted ("Modi hosted the first
        India-Central Asia Summit today in virtual format")."""
        words = _gatherings(sf)
        for k, unit in enumerate(sf.units):
            if unit.low in words and (host := host_in_sentence(sf, k)) >= 0:
                self.host = state_of(sf.units[host])
                self.remote = held_remotely(sf.units)
                self.venue = _venue_after(sf.units, k)
                return


def _venue_after(units: list[Unit], k: int) -> Unit | None:
    """"the summit in Jakarta": the place right after a gathering."""
    for j in range(k + 1, min(len(units) - 1, k + 4)):
        if units[j].low in ("in", "at") and units[j + 1].place_country and units[j + 1].is_placeish:
            return units[j + 1]
        if units[j].text in BOUNDARY_PUNCT or units[j].low in RELATIVE_PRONOUNS:
            return None
    return None


def hosted_place(hosted: HostedGathering) -> tuple[Unit | None, str | None]:
    """Where talks at the gathering told hosted before were held: its venue, else the host's
    country; nowhere when it was held by video."""
    if hosted.remote or hosted.host is None:
        return None, None
    return (hosted.venue, None) if hosted.venue is not None else (None, hosted.host.country or None)


def attended_remotely(sf: SentenceFrames, frame: Frame, hosted: HostedGathering | None) -> bool:
    """Whether "(the summit) was attended by A" tells no trip: the gathering was held by video, as
    this sentence or the one that told it hosted says."""
    if frame.spec.object_class != "summit" or not frame.passive:
        return False
    told_before = hosted is not None and not frame.targets and gathering_before(sf, frame.trigger_index) > 0
    return held_remotely(sf.units) or (told_before and hosted is not None and hosted.remote)
