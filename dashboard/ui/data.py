"""Where pages get their data: cached queries keyed by store path, data version and filter.

The cache keys are small and hashable (a path, a version token, an ``EventFilter``), never a
DataFrame. The version token changes whenever the store file changes, so an ingest running
in another process shows up on the next rerun.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import queries
from dashboard.config import default_db_path
from dashboard.filters import EventFilter
from dashboard.store import Store

# The Events table shows at most this many rows; its downloads still hold every filtered row.
MAX_TABLE_ROWS = 2000
# The Sources page lists at most this many articles (the newest), plus the one in the link.
MAX_ARTICLES = queries.MAX_ARTICLES


def current_store() -> Store:
    return Store(default_db_path())


def version(store: Store) -> str:
    return store.version()


@st.cache_data(max_entries=64, show_spinner=False)
def events(db: str, data_version: str, event_filter: EventFilter, limit: int | None = None) -> pd.DataFrame:
    return queries.events(Store(db), event_filter, limit)


@st.cache_data(max_entries=64, show_spinner=False)
def counts(db: str, data_version: str, event_filter: EventFilter) -> dict[str, int]:
    return queries.counts(Store(db), event_filter)


@st.cache_data(max_entries=64, show_spinner=False)
def count_events(db: str, data_version: str, event_filter: EventFilter) -> int:
    return queries.count_events(Store(db), event_filter)


def export(db: str, event_filter: EventFilter, fmt: str, about: dict) -> bytes:
    """Every filtered row in one download format; uncached, run when the download is asked for."""
    from dashboard.exports import export_bytes

    return export_bytes(queries.events(Store(db), event_filter), fmt, about)


@st.cache_data(max_entries=64, show_spinner=False)
def activity(db: str, data_version: str, event_filter: EventFilter, period: str) -> pd.DataFrame:
    return queries.activity(Store(db), event_filter, period)


@st.cache_data(max_entries=64, show_spinner=False)
def dyads(db: str, data_version: str, event_filter: EventFilter, top: int) -> pd.DataFrame:
    return queries.dyads(Store(db), event_filter, top)


@st.cache_data(max_entries=64, show_spinner=False)
def visit_arcs(db: str, data_version: str, event_filter: EventFilter) -> pd.DataFrame:
    return queries.visit_arcs(Store(db), event_filter)


@st.cache_data(max_entries=64, show_spinner=False)
def locations(db: str, data_version: str, event_filter: EventFilter) -> pd.DataFrame:
    return queries.locations(Store(db), event_filter)


@st.cache_data(max_entries=16, show_spinner=False)
def articles(db: str, data_version: str) -> pd.DataFrame:
    return queries.articles(Store(db))


@st.cache_data(max_entries=64, show_spinner=False)
def article(db: str, data_version: str, article_id: str) -> dict | None:
    return queries.article(Store(db), article_id)


@st.cache_data(max_entries=64, show_spinner=False)
def article_events(db: str, data_version: str, article_id: str) -> pd.DataFrame:
    return queries.article_events(Store(db), article_id)


@st.cache_data(max_entries=64, show_spinner=False)
def event_mentions(db: str, data_version: str, event_ids: tuple[str, ...]) -> pd.DataFrame:
    return queries.event_mentions(Store(db), list(event_ids))


@st.cache_data(max_entries=8, show_spinner=False)
def country_codes(db: str, data_version: str) -> list[str]:
    return queries.country_codes(Store(db))


@st.cache_data(max_entries=8, show_spinner=False)
def countries_by_activity(db: str, data_version: str) -> list[str]:
    return queries.countries_by_activity(Store(db))


@st.cache_data(max_entries=32, show_spinner=False)
def articles_for(db: str, data_version: str, event_filter: EventFilter,
                 include: str | None = None) -> pd.DataFrame:
    return queries.articles(Store(db), event_filter, MAX_ARTICLES, include)


@st.cache_data(max_entries=8, show_spinner=False)
def date_bounds(db: str, data_version: str) -> tuple:
    return queries.date_bounds(Store(db))


@st.cache_data(max_entries=256, show_spinner=False)
def event(db: str, data_version: str, event_id: str) -> dict | None:
    return queries.event(Store(db), event_id)


@st.cache_data(max_entries=8, show_spinner=False)
def data_version(db: str, data_version: str) -> str:
    return queries.data_version(Store(db))
