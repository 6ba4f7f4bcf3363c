"""The analyst's views beyond the event list: one country's profile, relations between pairs of
countries over time, and trips (consecutive visits by one person).

Each function runs parameterised SQL over the events the filter keeps and returns a small
frame, aggregated in the store so that the size of the answer does not grow with the store.
"""

from __future__ import annotations

import pandas as pd

from dashboard import gazetteer
from dashboard.filters import EventFilter
from dashboard.store import Store

PERIODS = ("month", "quarter", "year")
# Visits by the same person no more than this many days apart belong to one trip.
TRIP_GAP_DAYS = 4
# The most recent trips a view draws; the total is reported alongside.
MAX_TRIPS = 200


def _period(period: str) -> str:
    if period not in PERIODS:
        raise ValueError(f"unknown period {period!r} (expected one of {', '.join(PERIODS)})")
    return period


def country_summary(store: Store, code: str, event_filter: EventFilter) -> dict[str, int]:
    """Counts for one country's profile: visits, sanctions and statements by it and aimed at it."""
    where, params = event_filter.where()
    sql = f"""
        SELECT
            count(*) FILTER (WHERE event_type = 'visit' AND actor_country = ?) AS visits_made,
            count(*) FILTER (WHERE event_type = 'visit' AND target_country = ?) AS visits_received,
            count(*) FILTER (WHERE event_type = 'sanction' AND actor_country = ?) AS sanctions_imposed,
            count(*) FILTER (WHERE event_type = 'sanction' AND target_country = ?) AS sanctions_received,
            count(*) FILTER (WHERE event_type = 'statement' AND actor_country = ?) AS statements_by,
            count(*) FILTER (WHERE event_type = 'statement' AND target_country = ?) AS statements_about,
            count(*) AS events
        FROM events WHERE ({where}) AND (actor_country = ? OR target_country = ?)
    """
    with store.reader() as connection:
        cursor = connection.execute(sql, [code] * 6 + params + [code, code])
        row = cursor.fetchone()
        names = [column[0] for column in cursor.description]
    return dict(zip(names, (int(value or 0) for value in row)))


def counterparts(store: Store, code: str, event_filter: EventFilter, event_type: str,
                 direction: str) -> pd.DataFrame:
    """Who a country's events of one type involve: by it (``direction='by'``, its targets) or
    aimed at it (``'at'``, their actors), with counts, stances and the latest date."""
    if direction not in ("by", "at"):
        raise ValueError(f"unknown direction {direction!r}")
    own, other = ("actor_country", "target_country") if direction == "by" else ("target_country", "actor_country")
    where, params = event_filter.where()
    sql = f"""
        SELECT {other} AS counterpart, count(*) AS events,
               count(*) FILTER (WHERE stance = 'positive') AS positive,
               count(*) FILTER (WHERE stance = 'negative') AS negative,
               count(*) FILTER (WHERE stance = 'neutral') AS neutral,
               max(date_start) AS latest
        FROM events
        WHERE ({where}) AND event_type = ? AND {own} = ? AND {other} IS NOT NULL AND {other} <> ?
        GROUP BY ALL ORDER BY events DESC, counterpart
    """
    frame = store.frame(sql, [*params, event_type, code, code])
    frame.insert(1, "name", frame["counterpart"].map(gazetteer.country_name))
    return frame


def partners(store: Store, code: str, event_filter: EventFilter, top: int = 12) -> pd.DataFrame:
    """A country's most frequent partners (either side), with the mean Goldstein score of the
    events between them: above zero leans to cooperation, below to conflict."""
    where, params = event_filter.where()
    sql = f"""
        SELECT CASE WHEN actor_country = ? THEN target_country ELSE actor_country END AS partner,
               count(*) AS events, round(avg(goldstein), 2) AS mean_goldstein,
               count(*) FILTER (WHERE event_type = 'visit') AS visits,
               count(*) FILTER (WHERE event_type = 'statement') AS statements,
               count(*) FILTER (WHERE event_type = 'sanction') AS sanctions
        FROM events
        WHERE ({where}) AND (actor_country = ? OR target_country = ?)
              AND actor_country IS NOT NULL AND target_country IS NOT NULL AND actor_country <> target_country
        GROUP BY ALL ORDER BY events DESC, partner LIMIT ?
    """
    frame = store.frame(sql, [code, *params, code, code, int(top)])
    frame.insert(1, "name", frame["partner"].map(gazetteer.country_name))
    return frame


def pairs(store: Store, event_filter: EventFilter, top: int = 25) -> pd.DataFrame:
    """The busiest country pairs with their cooperation and conflict: counts of events with a
    positive and a negative Goldstein score, and the mean score."""
    where, params = event_filter.where()
    sql = f"""
        SELECT least(actor_country, target_country) AS country_a,
               greatest(actor_country, target_country) AS country_b,
               count(*) AS events,
               count(*) FILTER (WHERE goldstein > 0) AS cooperative,
               count(*) FILTER (WHERE goldstein < 0) AS conflictual,
               round(avg(goldstein), 2) AS mean_goldstein,
               max(date_start) AS latest
        FROM events
        WHERE ({where}) AND actor_country IS NOT NULL AND target_country IS NOT NULL
              AND actor_country <> target_country
        GROUP BY ALL ORDER BY events DESC, country_a, country_b LIMIT ?
    """
    frame = store.frame(sql, [*params, int(top)])
    frame.insert(2, "pair", frame["country_a"].map(gazetteer.country_name) + " – "
                 + frame["country_b"].map(gazetteer.country_name))
    return frame


def pair_series(store: Store, a: str, b: str, event_filter: EventFilter, period: str = "month") -> pd.DataFrame:
    """Goldstein scores of the events between two countries per period, each direction apart:
    columns period, direction ("A → B"), events, goldstein (sum), mean_goldstein."""
    where, params = event_filter.where()
    sql = f"""
        SELECT date_trunc('{_period(period)}', date_start) AS period,
               actor_country || ' → ' || target_country AS direction,
               count(*) AS events, round(sum(goldstein), 1) AS goldstein,
               round(avg(goldstein), 2) AS mean_goldstein
        FROM events
        WHERE ({where}) AND date_start IS NOT NULL
              AND ((actor_country = ? AND target_country = ?) OR (actor_country = ? AND target_country = ?))
        GROUP BY ALL ORDER BY period, direction
    """
    frame = store.frame(sql, [*params, a, b, b, a])
    frame["period"] = pd.to_datetime(frame["period"])
    return frame


def pair_events(store: Store, a: str, b: str, event_filter: EventFilter) -> pd.DataFrame:
    """The events between two countries (either direction), newest first."""
    return store.frame(f"""
        SELECT event_id, date_start, event_type, event_mode, actor, actor_country, target_country,
               goldstein, modality, evidence
        FROM events
        WHERE ({event_filter.where()[0]})
              AND ((actor_country = ? AND target_country = ?) OR (actor_country = ? AND target_country = ?))
        ORDER BY date_start DESC NULLS LAST, event_id
    """, [*event_filter.where()[1], a, b, b, a])


def trips(store: Store, event_filter: EventFilter, max_gap_days: int = TRIP_GAP_DAYS,
          limit: int = MAX_TRIPS) -> pd.DataFrame:
    """Visits by one person that follow each other within ``max_gap_days``, as numbered trips
    with the order of their stops: the ``limit`` most recent trips of two countries or more.

    Columns: trip (e.g. "Vladimir Putin, 18 June 2024"), actor, actor_country, stop, date_start,
    date_end, place, target_country, lat, lon, modality, event_id, trip_start, and trips_total
    (how many trips the filter holds in all). Only visits dated to the day by people (not whole
    governments) are considered.
    """
    where, params = event_filter.where()
    sql = f"""
        WITH visits AS (
            SELECT event_id, actor, actor_country, date_start, coalesce(date_end, date_start) AS date_end,
                   coalesce(place, target_country) AS place, target_country, lat, lon, modality
            FROM events
            WHERE ({where}) AND event_type = 'visit' AND date_precision = 'day'
                  AND actor_role NOT IN ('government', 'state_media') AND actor IS NOT NULL
                  AND target_country IS NOT NULL
        ), ordered AS (
            SELECT *, CASE WHEN date_start - lag(date_end) OVER (PARTITION BY actor ORDER BY date_start, event_id)
                               <= ? THEN 0 ELSE 1 END AS starts_trip
            FROM visits
        ), numbered AS (
            SELECT *, sum(starts_trip) OVER (PARTITION BY actor ORDER BY date_start, event_id) AS trip_number
            FROM ordered
        ), whole_trips AS (
            SELECT actor, trip_number, min(date_start) AS trip_start
            FROM numbered GROUP BY ALL HAVING count(DISTINCT target_country) >= 2
        ), ranked AS (
            SELECT *, row_number() OVER (ORDER BY trip_start DESC, actor) AS trip_rank,
                   count(*) OVER () AS trips_total
            FROM whole_trips
        )
        SELECT n.event_id, n.actor, n.actor_country, n.date_start, n.date_end, n.place, n.target_country,
               n.lat, n.lon, n.modality, r.trip_start, r.trips_total,
               row_number() OVER (PARTITION BY n.actor, n.trip_number ORDER BY n.date_start, n.event_id) AS stop
        FROM numbered n JOIN ranked r USING (actor, trip_number)
        WHERE r.trip_rank <= ?
        ORDER BY r.trip_start DESC, n.actor, stop
    """
    frame = store.frame(sql, [*params, int(max_gap_days), int(limit)])
    if frame.empty:
        return frame
    frame["trip_start"] = pd.to_datetime(frame["trip_start"])
    frame.insert(0, "trip", frame["actor"] + ", " + frame["trip_start"].dt.strftime("%-d %B %Y"))
    return frame
