"""Confidence that means something: the confidence model's score (``confidence_model.py``)
mapped to the share of events that were right at that score on hand-annotated gold articles no
rule was written against (``bench/calibrate.py`` fits both). Below 0.5, an event was wrong
more often than right.
"""

from __future__ import annotations

import csv
from bisect import bisect_right
from functools import lru_cache
from typing import Final

from dashboard.config import DATA_DIR

CALIBRATION_TABLE: Final = DATA_DIR / "calibration.csv"


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[float, ...], tuple[float, ...]]:
    """Breakpoints of model score and the calibrated confidence from each breakpoint up."""
    try:
        with CALIBRATION_TABLE.open(newline="", encoding="utf-8") as handle:
            rows = sorted((float(row["score_from"]), float(row["confidence"])) for row in csv.DictReader(handle))
    except FileNotFoundError:
        return (), ()
    return tuple(score for score, _ in rows), tuple(value for _, value in rows)


def calibrated(score: float) -> float:
    """The calibrated confidence of a model score (the score itself when there is no table)."""
    breakpoints, values = _table()
    if not breakpoints:
        return score
    position = bisect_right(breakpoints, score) - 1
    return values[max(0, position)]
