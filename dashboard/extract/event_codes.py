"""An event's CAMEO code, Goldstein score and country-level place, remembered by what they
depend on: the schema's and the gazetteer's functions run as plain Python even when the
extractor is compiled, and an article asks them the same few questions for every event."""

from __future__ import annotations

from typing import Final

from dashboard import gazetteer
from dashboard.schema import cameo_for, goldstein

_CODES: Final[dict[tuple[str, str, str], str]] = {}
_SCORES: Final[dict[str, float]] = {}
_COUNTRY_PLACES: Final[dict[str, tuple[str, float, float] | None]] = {}


def event_code(event_type: str, event_mode: str, modality: str) -> str:
    """``schema.cameo_for``, remembered."""
    key = (event_type, event_mode, modality)
    code = _CODES.get(key)
    if code is None:
        code = _CODES[key] = cameo_for(event_type, event_mode, modality)
    return code


def code_score(code: str) -> float:
    """``schema.goldstein``, remembered (an unknown code still raises, and is not remembered)."""
    score = _SCORES.get(code)
    if score is None:
        score = _SCORES[code] = goldstein(code)
    return score


def country_place(code: str) -> tuple[str, float, float] | None:
    """A country's name and the point that stands for it; None for a group or an unknown code."""
    if code in _COUNTRY_PLACES:
        return _COUNTRY_PLACES[code]
    point = gazetteer.centroid(code)
    entry = gazetteer.country(code)
    place = (entry.name, point[0], point[1]) if entry is not None and not entry.is_group and point is not None else None
    _COUNTRY_PLACES[code] = place
    return place
