"""When two reports are the same real-world event, and how to combine them.

One definition serves both the merge of repeated mentions inside an article and the merge of
reports from different articles in the store.
"""

from __future__ import annotations

from datetime import date
from typing import Final, Protocol

# Types whose two sides are interchangeable: a meeting of A and B is a meeting of B and A.
SYMMETRIC_TYPES: Final = frozenset({"meeting"})
SYMMETRIC_MODES: Final = frozenset({("agreement", "sign"), ("agreement", "agree"),
                                    ("relations", "establish"), ("relations", "restore"),
                                    ("relations", "break")})
# Types where a different mode is a different event (praise vs criticism; impose vs lift).
MODE_SENSITIVE_TYPES: Final = frozenset({"statement", "sanction", "military", "relations"})
# How far apart two day-precise dates may be and still be one event, by basis.
DAY_TOLERANCE: Final = {"stated": 1, "relative": 2, "published": 3, "latest": 3}
# Bases of a date that is not the event's own: the day of writing stands in.
STAND_IN_BASES: Final = frozenset({"published", "latest"})
# How far ahead of the day a plan is told its own date may lie and still be that plan.
PLAN_AHEAD_DAYS: Final = 60
MODALITY_RANK: Final = {"asserted": 0, "alleged": 1, "planned": 2, "hypothetical": 3, "negated": 4}
BASIS_RANK: Final = {"stated": 0, "relative": 1, "published": 2, "latest": 2, "unknown": 3}
PRECISION_RANK: Final = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}
GEO_RANK: Final = {"none": 0, "country": 1, "city": 2}


class EventLike(Protocol):
    event_type: str
    actor: str | None
    actor_role: str | None
    place: str | None
    place_country: str | None
    lat: float | None
    lon: float | None
    geo_precision: str
    quote: str | None
    event_mode: str
    actor_country: str | None
    target_country: str | None
    date_start: date | None
    date_end: date | None
    date_precision: str
    date_basis: str
    modality: str

    @property
    def target_basis(self) -> str | None: ...  # None in a stored row older than the column


def is_symmetric(event_type: str, event_mode: str) -> bool:
    return event_type in SYMMETRIC_TYPES or (event_type, event_mode) in SYMMETRIC_MODES


def _same(x: str | None, y: str | None, allow_missing: bool) -> bool:
    return x == y or (allow_missing and (x is None or y is None))


def _countries_match(a: EventLike, b: EventLike, allow_missing: bool) -> bool:
    if _same(a.actor_country, b.actor_country, allow_missing) and _same(a.target_country, b.target_country, allow_missing):
        return True
    if is_symmetric(a.event_type, a.event_mode):
        return (_same(a.actor_country, b.target_country, allow_missing)
                and _same(a.target_country, b.actor_country, allow_missing))
    return False


def _widened(event: EventLike) -> tuple[int, int] | None:
    """The event's date span with its tolerance, as day numbers (cheaper than dates to shift)."""
    if event.date_start is None or event.date_precision == "unknown" or event.date_basis == "unknown":
        return None
    end = event.date_end or event.date_start
    slack = DAY_TOLERANCE.get(event.date_basis, 1) if event.date_precision == "day" else 0
    return event.date_start.toordinal() - slack, end.toordinal() + slack


def _plan_and_its_date(a: EventLike, b: EventLike) -> bool:
    """A plan dated only by the day it was told ("X plans to visit Y") and the same plan with
    its own date, within the weeks after ("will visit Y on May 29")."""
    return (a.modality == b.modality == "planned" and a.date_basis in STAND_IN_BASES
            and b.date_basis in ("stated", "relative") and a.date_start is not None and b.date_start is not None
            and 0 <= (b.date_start - a.date_start).days <= PLAN_AHEAD_DAYS)


def dates_compatible(a: EventLike, b: EventLike) -> bool:
    """Two reports can be one event when their date spans (with tolerance) overlap, or when
    one is a plan dated by the day it was told and the other gives the plan's date.

    Reports with no date (background: "has faced sanctions for years") only join each other.
    """
    if _plan_and_its_date(a, b) or _plan_and_its_date(b, a):
        return True
    span_a, span_b = _widened(a), _widened(b)
    if span_a is None or span_b is None:
        return span_a is None and span_b is None
    return span_a[0] <= span_b[1] and span_b[0] <= span_a[1]


def modalities_compatible(a: str, b: str, same_article: bool) -> bool:
    """Negated never joins asserted. Inside one article modalities must agree; across
    articles a plan and its execution are the same event."""
    if a == b:
        return True
    if "negated" in (a, b) or "hypothetical" in (a, b):
        return False
    return not same_article


def same_event(a: EventLike, b: EventLike, same_article: bool = False) -> bool:
    """Whether two reports describe one real-world event.

    Inside an article a report missing its actor or target may join a complete one
    ("the meeting with Kim" joins "Putin met Kim").
    """
    if a.event_type != b.event_type:
        return False
    if a.event_type in MODE_SENSITIVE_TYPES and a.event_mode != b.event_mode:
        return False
    if a.event_type == "meeting" and ("call" in (a.event_mode, b.event_mode)) and a.event_mode != b.event_mode:
        return False  # a phone call and talks in person are two events
    if a.event_type == "agreement" and ("ratify" in (a.event_mode, b.event_mode)) and a.event_mode != b.event_mode:
        return False  # signing a pact and a parliament ratifying it are two events
    if not _countries_match(a, b, allow_missing=same_article):
        return False
    if not modalities_compatible(a.modality, b.modality, same_article):
        return False
    return dates_compatible(a, b)


def _within(a: EventLike, b: EventLike) -> bool:
    """Whether a's dates lie inside b's ("June 19" inside "June")."""
    if a.date_start is None or b.date_start is None:
        return False
    return b.date_start <= a.date_start and (a.date_end or a.date_start) <= (b.date_end or b.date_start)


def better_date(a: EventLike, b: EventLike) -> bool:
    """Whether a's date is better evidence than b's: a finer date inside a coarser one wins
    (the two agree, one says more); otherwise stated beats relative beats published."""
    finer_a = PRECISION_RANK.get(a.date_precision, 9) < PRECISION_RANK.get(b.date_precision, 9)
    finer_b = PRECISION_RANK.get(b.date_precision, 9) < PRECISION_RANK.get(a.date_precision, 9)
    if finer_a and _within(a, b):
        return True
    if finer_b and _within(b, a):
        return False
    key_a = (BASIS_RANK.get(a.date_basis, 9), PRECISION_RANK.get(a.date_precision, 9))
    key_b = (BASIS_RANK.get(b.date_basis, 9), PRECISION_RANK.get(b.date_precision, 9))
    return key_a < key_b


def refinements(current: EventLike, report: EventLike) -> dict[str, object]:
    """The fields of ``current`` that another report of the same event improves.

    A stated date beats a relative one and a finer date a coarser one; a city beats a country;
    a named actor of the same country beats the bare country; a quote fills a missing one; a
    target the sentence states beats the same target guessed (a reviewer's stays).
    """
    updates: dict[str, object] = {}
    if better_date(report, current):
        updates.update(date_start=report.date_start, date_end=report.date_end,
                       date_precision=report.date_precision, date_basis=report.date_basis)
    if GEO_RANK.get(report.geo_precision, 0) > GEO_RANK.get(current.geo_precision, 0) and (
            current.place_country is None or report.place_country == current.place_country):
        # a city in another country is another report's conflicting place, not a finer one
        updates.update(place=report.place, place_country=report.place_country, lat=report.lat,
                       lon=report.lon, geo_precision=report.geo_precision)
    if (current.actor_role == "government" and report.actor_role not in (None, "government")
            and report.actor_country == current.actor_country):
        updates.update(actor=report.actor, actor_role=report.actor_role)
    if not current.quote and report.quote:
        updates["quote"] = report.quote
    if (report.target_basis == "stated" and current.target_basis not in ("stated", "analyst")
            and report.target_country is not None and report.target_country == current.target_country):
        updates["target_basis"] = "stated"
    return updates


def combined_confidence(values: list[float]) -> float:
    """Independent reports raise confidence: 1 - prod(1 - c), capped at 0.99."""
    remaining = 1.0
    for value in values:
        remaining *= 1.0 - max(0.0, min(1.0, value))
    return round(min(0.99, 1.0 - remaining), 3)
