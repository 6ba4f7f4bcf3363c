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
    itself when no weights are stored): ``logistic(event_features(...), weights)`` without
    building the features' names, summed in the same order (the same float, bit for bit)."""
    weights = _weights()
    if not weights:
        return event.confidence
    if not _TABLES or _TABLES[0].weights is not weights:
        _TABLES[:] = [_Table(weights)]
    table = _TABLES[0]
    total = weights.get(BIAS, 0.0)
    total += table.raw * event.confidence
    total += table.supporting * log1p(len(event.evidence))
    total += table.weight("type ", event.event_type)
    total += table.mode(event)
    total += table.weight("modality ", event.modality)
    total += table.weight("date basis ", event.date_basis)
    total += table.weight("date precision ", event.date_precision)
    total += table.weight("place precision ", event.geo_precision)
    total += table.weight("actor role ", event.actor_role or "none")
    if event.stance:
        total += table.weight("stance ", event.stance)
    if event.actor_explicit:
        total += table.named
    if event.target_country is not None:
        total += table.target_known
    elif event.target:
        total += table.target_unknown
    focus = event.target_country or event.actor_country
    if focus is not None:
        total += table.share * shares.get(focus, 0.0)
    if event.target_basis in GUESSED_TARGET_BASES:
        total += table.guessed
    if event.place_country is not None:
        total += table.place_known
    if event.quote:
        total += table.quoted
    for evidence in event.evidence:
        if evidence.char_start < headline_end:  # as ``first < headline_end`` in event_features
            total += table.first_line
            break
    return 1.0 / (1.0 + exp(-total))


class _Table:
    """One weights table, each feature's weight looked up once by the value it names."""

    def __init__(self, weights: dict[str, float]) -> None:
        self.weights = weights
        self.raw = weights.get("raw", 0.0)
        self.supporting = weights.get("supporting sentences (log)", 0.0)
        self.named = weights.get("actor named in the sentence", 0.0)
        self.target_known = weights.get("target country known", 0.0)
        self.target_unknown = weights.get("target without a country", 0.0)
        self.share = weights.get(SHARE, 0.0)
        self.guessed = weights.get("target guessed", 0.0)
        self.place_known = weights.get("place country known", 0.0)
        self.quoted = weights.get("quoted", 0.0)
        self.first_line = weights.get("told in the first line", 0.0)
        self.by_prefix: dict[str, dict[str | None, float]] = {}
        self.modes: dict[tuple[str, str], float] = {}

    def weight(self, prefix: str, value: str | None) -> float:
        """The weight of the feature ``f"{prefix}{value}"``."""
        known = self.by_prefix.get(prefix)
        if known is None:
            known = self.by_prefix[prefix] = {}
        found = known.get(value)
        if found is None:
            found = known[value] = self.weights.get(f"{prefix}{value}", 0.0)
        return found

    def mode(self, event: ExtractedEvent) -> float:
        key = (event.event_type, event.event_mode)
        found = self.modes.get(key)
        if found is None:
            found = self.modes[key] = self.weights.get(f"mode {event.event_type}/{event.event_mode}", 0.0)
        return found


_TABLES: Final[list[_Table]] = []  # the table of the weights last used
