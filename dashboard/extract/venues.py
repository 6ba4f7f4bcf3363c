"""Where an event told alongside a gathering or a relative "where" happened: "at a summit of
ECOWAS in Abuja", "on the sidelines of a G20 meeting in Nagoya", "leaders meeting in Accra",
"during a visit to Nairobi", "flew on to Kabul, where he arrived to meet Ghani"."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames
from dashboard.extract.units import Unit
from dashboard.extract.word_scan import contains_any
from dashboard.extract.words import BOUNDARY_PUNCT, CLAUSE_WORDS, RELATIVE_PRONOUNS

# Words before a gathering that put the event outside it: "ahead of a summit in Geneva".
_OUTSIDE: Final = frozenset({"ahead", "before", "after", "since", "until", "following", "next", "upcoming", "planned",
                             "last", "previous", "earlier", "from", "attending", "attend", "attended", "host", "hosted"})
_CLAUSE_BREAKS: Final = CLAUSE_WORDS | RELATIVE_PRONOUNS | {"said", "says", "say"}


def venue_of(sf: SentenceFrames, index: int, text: str, journey: bool = False) -> Unit | None:
    """The place of the gathering or the "where" clause the trigger at ``index`` of the
    sentence ``text`` is told in; with ``journey``, also of a journey told before it."""
    # most sentences name neither: skip the scans of their units
    where = where_clause_place(sf, index) if ", where" in text else None
    place = where or (gathering_place(sf, index) if _names_any(sf, text, "venue") else None)
    if place is None and journey and _names_any(sf, text, "journey"):
        return journey_place(sf, index)
    return place


_HOMEWARD: Final = frozenset({"back", "home", "from"})


def journey_place(sf: SentenceFrames, index: int, reach: int = 24) -> Unit | None:
    """"Harris flies to Mexico City on Tuesday, where she is due to hold talks", "X, who arrived in
    Beijing on Friday, also met Li", "the visit to Berlin in August, when the two agreed": talks
    told after a journey in the same sentence are held where it went."""
    words = sf.lexicon.word_classes.get("journey", frozenset())
    units = sf.units
    if any(unit.low == "for" for unit in units[max(0, index - 2):index]):
        return None  # "flew to Quito for a summit with X and Y": the trip's purpose, left to the trip
    for k in range(index - 1, max(-1, index - reach), -1):
        if units[k].text in BOUNDARY_PUNCT:
            return None
        if units[k].low not in words:
            continue
        before = [unit.low.rsplit(" ", 1)[-1] for unit in units[max(0, k - 3):k]]
        if any(word in _OUTSIDE for word in before):
            return None  # "after a visit to Moscow, he met ...": the talks were elsewhere
        if before and before[-1] == "to":
            return None  # "was meant to fly to Amman for a summit": a trip planned, maybe never made
        place = _journey_end(sf, k, index)
        if place is not None:
            return place
    return None


def _journey_end(sf: SentenceFrames, k: int, index: int) -> Unit | None:
    """The place "to X" / "in X" right after the journey word at ``k`` (before ``index``)."""
    for j in range(k + 1, min(index, k + 5)):
        unit = sf.units[j]
        if unit.low in _HOMEWARD or unit.text == "," or unit.low in CLAUSE_WORDS:
            return None
        if unit.is_placeish and not unit.possessive and sf.preceded_by(j) in ("to", "in"):
            return unit
    return None


def _names_any(sf: SentenceFrames, text: str, word_class: str) -> bool:
    """Whether ``text`` (the sentence of ``sf``) contains a word of the class: asked for each
    event of a sentence, the scan of every word is done once per sentence."""
    named = sf.names_class.get(word_class)
    if named is None:
        named = contains_any(text, sf.lexicon.word_classes.get(word_class, frozenset()))
        sf.names_class[word_class] = named
    return named


def where_clause_place(sf: SentenceFrames, index: int, reach: int = 16) -> Unit | None:
    """"Kabul, where he arrived on Thursday to meet Ghani": the place a where-clause follows."""
    units = sf.units
    for k in range(index - 1, max(1, index - reach), -1):
        if units[k].text in BOUNDARY_PUNCT:
            return None
        if units[k].low == "where":
            place = units[k - 2] if units[k - 1].text == "," and k >= 2 else None
            return place if place is not None and place.is_placeish and not place.possessive else None
    return None


def gathering_place(sf: SentenceFrames, index: int, reach: int = 24) -> Unit | None:
    """The place of the gathering nearest the trigger in its sentence part: "in X" after a
    summit, meeting or sidelines, "to X" after "during a visit"."""
    words = sf.lexicon.word_classes.get("venue", frozenset())
    units = sf.units
    best: tuple[int, Unit] | None = None
    for k in range(max(0, index - reach), min(len(units), index + reach)):
        if units[k].low not in words or k == index:
            continue
        low, high = min(k, index), max(k, index)
        if any(units[j].text in BOUNDARY_PUNCT or units[j].low in _CLAUSE_BREAKS for j in range(low + 1, high)):
            continue  # "said that Xi and Ishiba held a meeting in Lima": the gathering of another clause
        visit = units[k].low in ("visit", "trip")
        if not _inside(units, k, visit):
            continue
        place = _place_named(sf, k, ("to",) if visit else ("in", "at"))
        if place is not None and (best is None or abs(k - index) < best[0]):
            best = (abs(k - index), place)
    return best[1] if best is not None else None


def _inside(units: list[Unit], k: int, visit: bool) -> bool:
    """Whether the words before a gathering put the event in it: "during a visit", "at a
    summit", not "ahead of a summit" or "his visit"."""
    before = [unit.low.rsplit(" ", 1)[-1] for unit in units[max(0, k - 4):k]]  # "weeks after"
    if "," in before:
        before = before[len(before) - before[::-1].index(","):]
    if any(word in _OUTSIDE for word in before):
        return False
    return not visit or "during" in before or "on" in before


def _place_named(sf: SentenceFrames, k: int, preps: tuple[str, ...], reach: int = 9) -> Unit | None:
    units = sf.units
    for j in range(k + 1, min(len(units), k + reach)):
        unit = units[j]
        if unit.text in BOUNDARY_PUNCT or unit.text == "," or unit.low in CLAUSE_WORDS:
            return None
        if unit.is_placeish and not unit.possessive and sf.preceded_by(j) in preps:
            return unit
    return None
