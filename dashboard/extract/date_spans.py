"""A resolved date and a date expression found in a sentence (``dates.py`` finds them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, init=False)
class DateSpan:
    """A resolved date: the first and last day, how precise, and where it came from."""

    start: date
    end: date
    precision: str   # day | week | month | year
    basis: str       # stated | relative

    # An explicit __init__ (init=False): compiled, a dataclass's generated one runs as Python.
    def __init__(self, start: date, end: date, precision: str, basis: str) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "precision", precision)
        object.__setattr__(self, "basis", basis)


@dataclass(frozen=True, init=False)
class DateMention:
    """A date expression found at ``start:end`` (offsets in the searched text)."""

    start: int
    end: int
    text: str
    span: DateSpan

    def __init__(self, start: int, end: int, text: str, span: DateSpan) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "span", span)

    def counts_after(self) -> bool:
        """Whether the mention counts an interval after something ("two days after", "a day after")."""
        return self.text[-5:].lower() == "after"
