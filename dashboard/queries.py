"""Read-only questions the pages and the CLI ask of the store, each filtered in SQL.

Every function takes a ``Store`` and an ``EventFilter`` (small and hashable) and returns a
pandas DataFrame; the filtering and aggregation run inside DuckDB, never over a whole frame
in Python.
"""

from __future__ import annotations

import pandas as pd

from dashboard.filters import EventFilter
from dashboard.schema import EVENT_COLUMNS
from dashboard.store import Store

EVENT_SELECT = ", ".join(EVENT_COLUMNS)
# Caps that keep answers (and the browser payloads built from them) small at any store size.
MAX_ARCS = 1500
MAX_VISITORS = 6
MAX_ARTICLES = 1000


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    """Give the event columns their documented dtypes (dates as datetimes, codes as strings)."""
    for column, dtype in EVENT_COLUMNS.items():
        if column not in frame.columns:
            continue
        if dtype.startswith("datetime"):
            frame[column] = pd.to_datetime(frame[column]).astype("datetime64[s]")
        elif dtype == "string":
            frame[column] = frame[column].astype("string")
        elif dtype == "int64":
            frame[column] = frame[column].fillna(0).astype("int64")
        else:
            frame[column] = frame[column].astype(dtype)
    return frame


def events(store: Store, event_filter: EventFilter, limit: int | None = None) -> pd.DataFrame:
    """The filtered events, newest first, with every column of the event record."""
    where, params = event_filter.where()
    sql = (f"SELECT {EVENT_SELECT} FROM events WHERE {where} "
           "ORDER BY date_start DESC NULLS LAST, confidence DESC, event_id")
    if limit is not None:
        sql += " LIMIT ?"
        params = [*params, int(limit)]
    return _typed(store.frame(sql, params))


def counts(store: Store, event_filter: EventFilter) -> dict[str, int]:
    """Headline numbers: events, articles behind them, countries involved, visits."""
    where, params = event_filter.where()
    sql = f"""
        WITH picked AS MATERIALIZED (
            SELECT event_id, actor_country, target_country, event_type FROM events WHERE {where})
        SELECT
            (SELECT count(*) FROM picked),
            (SELECT count(DISTINCT article_id) FROM mentions WHERE event_id IN (SELECT event_id FROM picked)),
            (SELECT count(DISTINCT code) FROM (
                SELECT actor_country AS code FROM picked UNION ALL SELECT target_country FROM picked
            ) WHERE code IS NOT NULL AND length(code) = 3),
            (SELECT count(*) FROM picked WHERE event_type = 'visit')
    """
    with store.reader() as connection:
        row = connection.execute(sql, params).fetchone()
    return {"events": row[0], "articles": row[1], "countries": row[2], "visits": row[3]}


def count_events(store: Store, event_filter: EventFilter) -> int:
    """How many events the filter keeps (cheaper than ``counts``)."""
    where, params = event_filter.where()
    with store.reader() as connection:
        return connection.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchone()[0]


def activity(store: Store, event_filter: EventFilter, period: str = "month") -> pd.DataFrame:
    """Events per period and type: columns period (datetime), event_type, events."""
    if period not in ("day", "week", "month", "quarter", "year"):
        raise ValueError(f"unknown period {period!r}")
    where, params = event_filter.where()
    sql = f"""
        SELECT date_trunc('{period}', date_start) AS period, event_type, count(*) AS events
        FROM events WHERE {where} AND date_start IS NOT NULL
        GROUP BY ALL ORDER BY period, event_type
    """
    frame = store.frame(sql, params)
    frame["period"] = pd.to_datetime(frame["period"])
    return frame


def dyads(store: Store, event_filter: EventFilter, top: int = 15) -> pd.DataFrame:
    """The most active country pairs (either direction), with counts by type and mean Goldstein."""
    where, params = event_filter.where()
    sql = f"""
        SELECT least(actor_country, target_country) AS country_a,
               greatest(actor_country, target_country) AS country_b,
               count(*) AS events,
               count(*) FILTER (WHERE event_type = 'visit') AS visits,
               count(*) FILTER (WHERE event_type = 'statement') AS statements,
               count(*) FILTER (WHERE event_type = 'sanction') AS sanctions,
               round(avg(goldstein), 2) AS mean_goldstein
        FROM events
        WHERE {where} AND actor_country IS NOT NULL AND target_country IS NOT NULL
        GROUP BY ALL ORDER BY events DESC, country_a, country_b LIMIT ?
    """
    return store.frame(sql, [*params, int(top)])


def visit_arcs(store: Store, event_filter: EventFilter, limit: int = MAX_ARCS) -> pd.DataFrame:
    """Visits aggregated per (visitor country, host place, modality): one row per arc, with a
    count, so planned or alleged visits can be drawn apart from reported ones.

    At most ``limit`` arcs, the busiest first, each naming at most MAX_VISITORS visitors.
    """
    where, params = event_filter.where()
    sql = f"""
        SELECT actor_country, target_country, place, place_country, geo_precision,
               coalesce(modality, 'asserted') AS modality,
               any_value(lat) AS lat, any_value(lon) AS lon, count(*) AS visits,
               CASE WHEN count(DISTINCT actor) <= {MAX_VISITORS} THEN string_agg(DISTINCT actor, '; ')
                    ELSE array_to_string(list_slice(list(DISTINCT actor ORDER BY actor), 1, {MAX_VISITORS}), '; ')
                         || ' and ' || (count(DISTINCT actor) - {MAX_VISITORS}) || ' more' END AS visitors,
               min(date_start) AS first_date, max(date_start) AS last_date
        FROM events
        WHERE {where} AND event_type = 'visit' AND actor_country IS NOT NULL AND lat IS NOT NULL
        GROUP BY ALL
        ORDER BY visits DESC, actor_country, target_country, place, modality LIMIT ?
    """
    return store.frame(sql, [*params, int(limit)])


def locations(store: Store, event_filter: EventFilter) -> pd.DataFrame:
    """Where events happened, aggregated per place, with counts and the types seen there."""
    where, params = event_filter.where()
    sql = f"""
        SELECT place, place_country, geo_precision, any_value(lat) AS lat, any_value(lon) AS lon,
               count(*) AS events, string_agg(DISTINCT event_type, ', ') AS types
        FROM events
        WHERE {where} AND lat IS NOT NULL AND geo_precision IN ('city', 'country')
        GROUP BY place, place_country, geo_precision ORDER BY events DESC
    """
    return store.frame(sql, params)


def event_mentions(store: Store, event_ids: list[str]) -> pd.DataFrame:
    """Every supporting sentence of the given events, with its article's title and date."""
    if not event_ids:
        return pd.DataFrame(columns=["event_id", "article_id", "title", "url", "published",
                                     "sentence", "char_start", "char_end", "trigger"])
    placeholders = ", ".join("?" for _ in event_ids)
    sql = f"""
        SELECT m.event_id, m.article_id, a.title, a.url, a.published, m.sentence,
               m.char_start, m.char_end, m.trigger, m.modality, m.date_start, m.place
        FROM mentions m JOIN articles a USING (article_id)
        WHERE m.event_id IN ({placeholders})
        ORDER BY a.published, m.article_id, m.char_start
    """
    return store.frame(sql, list(event_ids))


def articles(store: Store, event_filter: EventFilter | None = None, limit: int | None = None,
             include: str | None = None) -> pd.DataFrame:
    """Articles (without their text), newest first; with a filter, only those with an event
    it keeps. With ``limit``, the newest ``limit`` of them, plus ``include`` if it is kept."""
    columns = "a.article_id, a.title, a.outlet, a.published, a.url, a.source, a.n_events, a.ingested_at"
    order = "ORDER BY a.published DESC NULLS LAST, a.title, a.article_id"
    if event_filter is None or event_filter.is_empty():
        kept, params = "TRUE", []
    else:
        where, params = event_filter.where()
        kept = (f"a.article_id IN (SELECT article_id FROM mentions WHERE event_id IN "
                f"(SELECT event_id FROM events WHERE {where}))")
    if limit is None:
        return store.frame(f"SELECT {columns} FROM articles a WHERE {kept} {order}", params)
    sql = f"""
        WITH kept AS MATERIALIZED (SELECT {columns} FROM articles a WHERE {kept})
        SELECT * FROM (SELECT * FROM kept a {order} LIMIT ?)
        UNION
        SELECT * FROM kept WHERE article_id = ?
    """
    frame = store.frame(sql, [*params, int(limit), include or ""])
    return frame.sort_values(["published", "title", "article_id"], ascending=[False, True, True],
                             na_position="last", ignore_index=True)


def article(store: Store, article_id: str) -> dict | None:
    """One article with its text, or None."""
    frame = store.frame("SELECT * FROM articles WHERE article_id = ?", [article_id])
    return None if frame.empty else frame.iloc[0].to_dict()


def article_events(store: Store, article_id: str) -> pd.DataFrame:
    """The events an article supports, with the offsets of their sentences in it."""
    sql = f"""
        SELECT DISTINCT m.char_start, m.char_end, m.trigger, {', '.join('e.' + c for c in EVENT_COLUMNS)}
        FROM mentions m JOIN events e USING (event_id)
        WHERE m.article_id = ? ORDER BY m.char_start
    """
    return store.frame(sql, [article_id])


def country_codes(store: Store) -> list[str]:
    """Every country or group code that appears in the store, for filter choices."""
    frame = store.frame("""
        SELECT DISTINCT code FROM (
            SELECT actor_country AS code FROM events UNION SELECT target_country FROM events
            UNION SELECT place_country FROM events
        ) WHERE code IS NOT NULL ORDER BY code
    """)
    return frame["code"].tolist()


def countries_by_activity(store: Store) -> list[str]:
    """Every country or group code that acts or is aimed at, the most events first."""
    frame = store.frame("""
        SELECT code, count(*) AS events FROM (
            SELECT actor_country AS code FROM events UNION ALL SELECT target_country FROM events
        ) WHERE code IS NOT NULL GROUP BY code ORDER BY events DESC, code
    """)
    return frame["code"].tolist()


def date_bounds(store: Store) -> tuple:
    """The first and last event date in the store."""
    with store.reader() as connection:
        return connection.execute("SELECT min(date_start), max(date_end) FROM events").fetchone()


def event(store: Store, event_id: str) -> dict | None:
    """One event by id, whatever its review status, or None."""
    frame = _typed(store.frame(f"SELECT {EVENT_SELECT} FROM events WHERE event_id = ?", [event_id]))
    return None if frame.empty else frame.iloc[0].to_dict()


def data_version(store: Store) -> str:
    """What the store held when it was read, in words: article and event counts and the time
    of the last change (for the "about" of a download)."""
    with store.reader() as connection:
        articles, last_ingest = connection.execute("SELECT count(*), max(ingested_at) FROM articles").fetchone()
        events, last_change = connection.execute("SELECT count(*), max(updated_at) FROM events").fetchone()
    latest = max((t for t in (last_ingest, last_change) if t is not None), default=None)
    stamp = latest.isoformat(timespec="seconds") if latest is not None else "never"
    return f"{articles} articles, {events} events, last changed {stamp}"
