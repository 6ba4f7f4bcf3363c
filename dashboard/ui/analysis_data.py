"""Cached data for the analysis pages (country profile, relations, trips), keyed like ``data``:
store path, data version, filter and the view's own small arguments."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import analysis
from dashboard.filters import EventFilter
from dashboard.store import Store


@st.cache_data(max_entries=64, show_spinner=False)
def country_summary(db: str, data_version: str, code: str, event_filter: EventFilter) -> dict[str, int]:
    return analysis.country_summary(Store(db), code, event_filter)


@st.cache_data(max_entries=128, show_spinner=False)
def counterparts(db: str, data_version: str, code: str, event_filter: EventFilter, event_type: str,
                 direction: str) -> pd.DataFrame:
    return analysis.counterparts(Store(db), code, event_filter, event_type, direction)


@st.cache_data(max_entries=64, show_spinner=False)
def partners(db: str, data_version: str, code: str, event_filter: EventFilter) -> pd.DataFrame:
    return analysis.partners(Store(db), code, event_filter)


@st.cache_data(max_entries=64, show_spinner=False)
def pairs(db: str, data_version: str, event_filter: EventFilter) -> pd.DataFrame:
    return analysis.pairs(Store(db), event_filter)


@st.cache_data(max_entries=64, show_spinner=False)
def pair_series(db: str, data_version: str, a: str, b: str, event_filter: EventFilter, period: str) -> pd.DataFrame:
    return analysis.pair_series(Store(db), a, b, event_filter, period)


@st.cache_data(max_entries=64, show_spinner=False)
def pair_events(db: str, data_version: str, a: str, b: str, event_filter: EventFilter) -> pd.DataFrame:
    return analysis.pair_events(Store(db), a, b, event_filter)


@st.cache_data(max_entries=64, show_spinner=False)
def trips(db: str, data_version: str, event_filter: EventFilter) -> pd.DataFrame:
    return analysis.trips(Store(db), event_filter)
