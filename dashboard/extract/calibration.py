"""Confidence that means something: raw extraction scores mapped to the share of events that
were right at that score on hand-annotated gold articles no rule was written against
(``bench/calibrate.py`` fits the table).

The raw score orders events by how much evidence the sentence gives (a named actor, a verb
trigger, a stated date...); the calibrated confidence says how often such an event was right.
Below 0.5, an event was wrong more often than right.
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
    """Breakpoints of raw score and the calibrated confidence from each breakpoint up."""
    try:
        with CALIBRATION_TABLE.open(newline="", encoding="utf-8") as handle:
            rows = sorted((float(row["raw_from"]), float(row["confidence"])) for row in csv.DictReader(handle))
    except FileNotFoundError:
        return (), ()
    return tuple(raw for raw, _ in rows), tuple(value for _, value in rows)


def calibrated(raw: float) -> float:
    """The calibrated confidence of a raw score (the raw score itself when there is no table)."""
    breakpoints, values = _table()
    if not breakpoints:
        return raw
    position = bisect_right(breakpoints, raw) - 1
    return values[max(0, position)]
