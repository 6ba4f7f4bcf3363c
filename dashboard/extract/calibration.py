"""Confidence that means something: the confidence model's score (``confidence_model.py``)
mapped to the share of events that were right at that score on hand-annotated gold articles no
rule was written against (``bench/calibrate.py`` fits both). Below 0.5, an event was wrong
more often than right.

The map is a logistic curve of the score's log-odds (Platt scaling): two numbers fitted on
those articles, so it keeps the model's ranking (no two scores fall into one step) and still
says how far the model's scores, fitted on the articles the rules were written against,
flatter the rules.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from math import exp, log
from typing import Final

from dashboard.config import DATA_DIR

CALIBRATION_TABLE: Final = DATA_DIR / "calibration.csv"
SLOPE: Final = "slope"
INTERCEPT: Final = "intercept"
_EDGE: Final = 1e-6  # scores of 0 or 1 have no log-odds


@lru_cache(maxsize=1)
def _curve() -> tuple[float, float] | None:
    """The slope and intercept of the calibration curve, when they are stored."""
    try:
        with CALIBRATION_TABLE.open(newline="", encoding="utf-8") as handle:
            values = {row["parameter"]: float(row["value"]) for row in csv.DictReader(handle)}
    except (FileNotFoundError, KeyError):
        return None
    if SLOPE not in values or INTERCEPT not in values:
        return None
    return values[SLOPE], values[INTERCEPT]


def log_odds(score: float) -> float:
    """The log-odds of a probability, kept finite at 0 and 1."""
    clipped = min(1.0 - _EDGE, max(_EDGE, score))
    return log(clipped / (1.0 - clipped))


def on_curve(score: float, slope: float, intercept: float) -> float:
    """The calibrated confidence the curve gives a model score, to three decimals."""
    return round(1.0 / (1.0 + exp(-(slope * log_odds(score) + intercept))), 3)


def calibrated(score: float) -> float:
    """The calibrated confidence of a model score (the score itself when nothing is stored)."""
    curve = _curve()
    if curve is None:
        return score
    return on_curve(score, curve[0], curve[1])
