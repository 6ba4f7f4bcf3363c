"""Talks told "on the sidelines" with no place of their own: "Leaders met in Lima for the APEC
forum. ... On the sidelines, Xi met Biden" -- held where the article's latest gathering was."""

from __future__ import annotations

from typing import Final

from dashboard.extract.attendance import after_scene_prep
from dashboard.extract.build import place_fields
from dashboard.extract.model import ExtractedEvent
from dashboard.extract.units import Unit
from dashboard.extract.word_scan import contains_any
from dashboard.extract.words import BOUNDARY_PUNCT, CLAUSE_WORDS

_SITUATED: Final = frozenset({"meeting", "agreement", "statement"})
# Words near a gathering that put it at another time: "at NATO's summit in Vilnius next month".
_ELSEWHEN: Final = frozenset({"ahead", "before", "after", "since", "until", "following", "next", "upcoming",
                              "planned", "last", "previous", "earlier", "later", "again"})


class GatheringVenue:
    """The place of the latest gathering an article named ("a summit in Bulboaca", "landed in
    Lima for the APEC forum", a lede filed from the summit's town)."""

    def __init__(self) -> None:
        self.place: Unit | None = None

    def note(self, units: list[Unit], sentence: str, words: frozenset[str], lede_place: Unit | None) -> None:
        """Remember the place of a gathering the sentence names (``lede_place``: the dateline of a
        lede that names one without a place)."""
        if not contains_any(sentence, words):
            return
        for k, unit in enumerate(units):
            if unit.low in words and not _elsewhen(units, k):
                place = _place_of(units, k) or lede_place
                if place is not None:
                    self.place = place

    def place_sideline_events(self, events: list[ExtractedEvent], sentence: str) -> None:
        """Talks, deals and remarks told "on the sidelines" or "on the margins" with no place of
        their own are held at the latest gathering."""
        if self.place is None or not ("sidelines" in sentence or "margins" in sentence):
            return
        fields = place_fields(self.place, None)
        for event in events:
            # "..., when the two reached a deal last October": a month or a year is another time
            if (event.place_country is None and event.event_type in _SITUATED and event.modality == "asserted"
                    and event.event_mode != "call" and event.date_precision not in ("month", "year")):
                event.place, event.place_country, event.lat, event.lon, event.geo_precision = fields


def _place_of(units: list[Unit], k: int, reach: int = 8) -> Unit | None:
    """"summit in X" / "talks at X" after the gathering word, or "in X for the summit" before it."""
    for j in range(k + 1, min(len(units), k + reach)):
        unit = units[j]
        if unit.text in BOUNDARY_PUNCT or unit.text == "," or unit.low in CLAUSE_WORDS:
            break
        if _is_place(unit) and after_scene_prep(units, j):
            return unit
    reason = False  # "landed in Lima for the forum": the place of the trip the gathering is for
    for j in range(k - 1, max(0, k - reach), -1):
        unit = units[j]
        if unit.text in BOUNDARY_PUNCT or unit.text == "," or unit.low in CLAUSE_WORDS:
            return None
        reason = reason or unit.low == "for"
        if reason and _is_place(unit) and after_scene_prep(units, j):
            return unit
    return None


def _elsewhen(units: list[Unit], k: int) -> bool:
    return any(unit.low.rsplit(" ", 1)[-1] in _ELSEWHEN for unit in units[max(0, k - 4):k + 8])


def _is_place(unit: Unit) -> bool:
    return unit.place is not None and bool(unit.place_country) and not unit.possessive
