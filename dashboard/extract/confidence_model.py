"""How likely an extracted event is to be right, from what the extractor knows about it.

The rule score alone (how much evidence one sentence gives) ranks events only a little better
than chance. A logistic model adds what is known once the article is read: the event's type
and mode (some modes, as joining a pact or establishing ties, are misread more often than
others), its modality, where its date and place come from, whether its actor is named and its
target known (and whether the target was stated or guessed), how many sentences support it,
and how much of the article is about the country it is aimed at (or its actor's, when it is
aimed at nobody): an event aimed at a country the article otherwise leaves aside is misread
more often. ``bench/calibrate.py`` fits the weights on
the gold sets the rules were written against; ``calibration.py`` then maps the model's score to
the share of events right on sets no rule was written against.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from math import exp, log1p
from typing import Final

from dashboard.config import DATA_DIR
from dashboard.extract.model import ExtractedEvent
from dashboard.schema import GUESSED_TARGET_BASES

WEIGHTS_TABLE: Final = DATA_DIR / "confidence_model.csv"
BIAS: Final = "bias"
SHARE: Final = "target's (else actor's) share of the article"


def country_shares(events: list[ExtractedEvent]) -> dict[str, float]:
    """Each country's share of the article's events: those it acts in or is aimed at."""
    counts: dict[str, int] = {}
    for event in events:
        for code in {event.actor_country, event.target_country}:
            if code is not None:
                counts[code] = counts.get(code, 0) + 1
    return {code: count / len(events) for code, count in counts.items()}


def event_features(event: ExtractedEvent, headline_end: int, shares: dict[str, float]) -> list[tuple[str, float]]:
    """The model's inputs for one event, as (name, value) pairs; ``headline_end`` is where the
    article's first line ends (``first_line_end``), ``shares`` the article's ``country_shares``."""
    first = min((evidence.char_start for evidence in event.evidence), default=headline_end + 1)
    features = [
        ("raw", event.confidence),
        ("supporting sentences (log)", log1p(len(event.evidence))),
        (f"type {event.event_type}", 1.0),
        (f"mode {event.event_type}/{event.event_mode}", 1.0),
        (f"modality {event.modality}", 1.0),
        (f"date basis {event.date_basis}", 1.0),
        (f"date precision {event.date_precision}", 1.0),
        (f"place precision {event.geo_precision}", 1.0),
        (f"actor role {event.actor_role or 'none'}", 1.0),
    ]
    if event.stance:
        features.append((f"stance {event.stance}", 1.0))
    if event.actor_explicit:
        features.append(("actor named in the sentence", 1.0))
    if event.target_country is not None:
        features.append(("target country known", 1.0))
    elif event.target:
        features.append(("target without a country", 1.0))
    focus = event.target_country or event.actor_country  # a drill aimed at nobody: how much is about its actor
    if focus is not None:
        features.append((SHARE, shares.get(focus, 0.0)))
    if event.target_basis in GUESSED_TARGET_BASES:
        features.append(("target guessed", 1.0))
    if event.place_country is not None:
        features.append(("place country known", 1.0))
    if event.quote:
        features.append(("quoted", 1.0))
    if first < headline_end:
        features.append(("told in the first line", 1.0))
    return features


@lru_cache(maxsize=1)
def _weights() -> dict[str, float]:
    try:
        with WEIGHTS_TABLE.open(newline="", encoding="utf-8") as handle:
            return {row["feature"]: float(row["weight"]) for row in csv.DictReader(handle)}
    except FileNotFoundError:
        return {}


def logistic(features: list[tuple[str, float]], weights: dict[str, float]) -> float:
    """The probability the weights give these features; features the fit never saw weigh nothing."""
    total = weights.get(BIAS, 0.0)
    for name, value in features:
        total += weights.get(name, 0.0) * value
    return 1.0 / (1.0 + exp(-total))


def first_line_end(text: str) -> int:
    """Where the text's first line (its headline, when it opens with one) ends."""
    end = text.find("\n")
    return len(text) if end < 0 else end


def model_score(event: ExtractedEvent, headline_end: int, shares: dict[str, float]) -> float:
    """The model's probability that the event is right, before calibration (the rule score
    itself when no weights are stored)."""
    weights = _weights()
    return logistic(event_features(event, headline_end, shares), weights) if weights else event.confidence
