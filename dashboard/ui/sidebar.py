"""Sidebar filters that apply on every page and live in the URL.

On the first run of a session the filter comes from the URL (so a shared link reproduces the
view); from then on the widgets hold it, and every run writes it back to the URL (Streamlit
clears the query string when the page changes, so it has to be restored each time).
"""

from __future__ import annotations

from datetime import date

import streamlit as st

from dashboard import gazetteer
from dashboard.filters import (
    EARLIEST_DATE,
    LATEST_DATE,
    LOW_CONFIDENCE,
    ROLES,
    EventFilter,
)
from dashboard.highlight import escape_inline
from dashboard.schema import EVENT_TYPES, MODALITIES, STANCES

FILTER_KEYS = ("country", "role", "type", "modality", "stance", "since", "until", "q", "min_conf",
               "low", "rejected", "hide_guessed")
_ROLE_LABELS = {"any": "involved", "actor": "as actor", "target": "as target", "pair": "between them"}
_STATE = {  # widget key -> EventFilter field
    "f_countries": "countries", "f_role": "role", "f_types": "types", "f_modalities": "modalities",
    "f_stances": "stances", "f_since": "since", "f_until": "until", "f_search": "search",
    "f_min_conf": "min_confidence", "f_show_low": "show_low_confidence", "f_show_rejected": "show_rejected",
    "f_hide_guessed": "hide_guessed_targets",
}
EVENTS_PAGE = "dashboard/pages/events.py"
RELATIONS_PAGE = "dashboard/pages/relations.py"


def _country_label(code: str) -> str:
    return f"{gazetteer.country_name(code)} ({code})"


def _load_from_url() -> None:
    params = {key: st.query_params.get_all(key) for key in st.query_params.keys()}
    event_filter = EventFilter.from_params(params)
    for key, name in _STATE.items():
        value = getattr(event_filter, name)
        st.session_state[key] = list(value) if isinstance(value, tuple) else value
    st.session_state["f_notes"] = list(event_filter.notes)
    st.session_state["f_loaded"] = True


def _clear() -> None:
    for key, name in _STATE.items():
        value = getattr(EventFilter(), name)
        st.session_state[key] = list(value) if isinstance(value, tuple) else value
    st.session_state["f_notes"] = []


def apply_filter(page: str = EVENTS_PAGE, **fields) -> None:
    """A button callback: set the whole app's filter to ``fields`` (others cleared), then open ``page``."""
    _clear()
    for key, name in _STATE.items():
        if name in fields:
            value = fields[name]
            st.session_state[key] = list(value) if isinstance(value, tuple) else value
    st.session_state["f_goto"] = page


def current_filter() -> EventFilter:
    """The filter the widgets hold now."""
    state = st.session_state
    return EventFilter(
        countries=tuple(state.get("f_countries", ())), role=state.get("f_role", "any"),
        types=tuple(state.get("f_types", ())), modalities=tuple(state.get("f_modalities", ())),
        stances=tuple(state.get("f_stances", ())), since=state.get("f_since"),
        until=state.get("f_until"), search=(state.get("f_search") or "").strip(),
        min_confidence=float(state.get("f_min_conf") or 0.0),
        show_low_confidence=bool(state.get("f_show_low")), show_rejected=bool(state.get("f_show_rejected")),
        hide_guessed_targets=bool(state.get("f_hide_guessed")),
    )


def write_url(event_filter: EventFilter) -> None:
    """Put the filter in the URL, keeping page-specific parameters (an open article...)."""
    wanted = event_filter.to_params()
    for key in FILTER_KEYS:
        if key in st.query_params and key not in wanted:
            del st.query_params[key]
    for key, values in wanted.items():
        if st.query_params.get_all(key) != values:
            st.query_params[key] = values if len(values) > 1 else values[0]


def render(country_options: list[str], date_bounds: tuple[date | None, date | None]) -> EventFilter:
    """Draw the filter widgets in the sidebar and return the filter they define."""
    if not st.session_state.get("f_loaded"):
        _load_from_url()
    sidebar = st.sidebar
    sidebar.header("Filters")
    for note in st.session_state.get("f_notes", []):
        sidebar.warning(f"Link parameter not used: {escape_inline(note)}", icon="⚠️")
    chosen = st.session_state.get("f_countries", [])
    options = sorted(set(country_options) | set(chosen), key=_country_label)
    sidebar.multiselect("Countries", options, key="f_countries", format_func=_country_label,
                        placeholder="All countries")
    sidebar.radio("Country role", ROLES, key="f_role", format_func=_ROLE_LABELS.get, horizontal=True)
    first, last = date_bounds
    left, right = sidebar.columns(2)
    left.date_input("From", key="f_since", min_value=EARLIEST_DATE, max_value=LATEST_DATE,
                    format="YYYY-MM-DD")
    right.date_input("To", key="f_until", min_value=EARLIEST_DATE, max_value=LATEST_DATE,
                     format="YYYY-MM-DD")
    if first and last:
        sidebar.caption(f"Events in the store run from {first:%d %b %Y} to {last:%d %b %Y}.")
    sidebar.multiselect("Event types", EVENT_TYPES, key="f_types", placeholder="All types")
    sidebar.multiselect("Modality", MODALITIES, key="f_modalities", placeholder="Any modality",
                        help="asserted: reported as fact; planned; alleged; negated (did not happen); hypothetical")
    sidebar.multiselect("Stance (statements)", STANCES, key="f_stances", placeholder="Any stance")
    sidebar.text_input("Search actors, places and evidence", key="f_search",
                       placeholder="e.g. Kim, Pyongyang, sanctions")
    sidebar.slider("Minimum confidence", 0.0, 1.0, step=0.05, key="f_min_conf",
                   help="An event's confidence is the share of events like it (as well supported, of "
                        "the same kind) that matched a person's coding on news the rules were not "
                        "written against: from about 0.35 to 0.97. At 0.8, more than four in five are right; "
                        "below 0.5, fewer than half.")
    sidebar.toggle(f"Show low-confidence events (below {LOW_CONFIDENCE:g})", key="f_show_low",
                   help="Hidden by default: on the hand-checked gold set, events the extractor is "
                        "less sure of are wrong more often than right.")
    sidebar.toggle("Show rejected and merged events", key="f_show_rejected",
                   help="Events a reviewer rejected or merged into another are hidden by default.")
    sidebar.toggle("Hide events with a guessed target", key="f_hide_guessed",
                   help="Keep only events whose target the sentence states, a reviewer set, or that have "
                        "none. A guessed target is one the sentence does not name as such (the only "
                        "other country it names, the speaker's latest counterpart, ...); each event's "
                        "page says how its target was found. Events stored before that was kept stay.")
    sidebar.button("Clear filters", on_click=_clear, width="stretch")
    event_filter = current_filter()
    write_url(event_filter)
    goto = st.session_state.pop("f_goto", None)
    if goto:
        st.switch_page(goto)
    return event_filter
