"""What every page starts with: the store, its data version and the sidebar filter."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pandas as pd
import streamlit as st

from dashboard.filters import EventFilter
from dashboard.highlight import escape_inline
from dashboard.schema import MODALITIES
from dashboard.store import Store
from dashboard.ui import data
from dashboard.ui.sidebar import current_filter


@dataclass(frozen=True)
class PageContext:
    store: Store
    version: str
    event_filter: EventFilter

    @property
    def db(self) -> str:
        return str(self.store.path)


def context() -> PageContext:
    store = data.current_store()
    return PageContext(store=store, version=data.version(store), event_filter=current_filter())


def header(title: str, ctx: PageContext, count: int | None = None) -> None:
    st.title(title)
    text = ctx.event_filter.describe()
    if count is not None:
        text += f" · {count:,} event{'s' if count != 1 else ''}"
    st.caption(escape_inline(text))


EVENT_PAGE = "dashboard/pages/event.py"
MODALITY_LABELS = {"asserted": "reported", "planned": "planned", "alleged": "alleged",
                   "hypothetical": "hypothetical", "negated": "did not happen"}


def modality_switches(ctx: PageContext, key: str) -> EventFilter | None:
    """Switches to show or hide each modality on a chart; the page's filter narrowed to the
    ones left on, or None when all are off."""
    available = list(ctx.event_filter.modalities or MODALITIES)
    chosen = st.pills("Show", available, selection_mode="multi", default=available, key=key,
                      format_func=MODALITY_LABELS.get)
    if not chosen:
        st.info("Every modality is switched off; switch one on to see events.")
        return None
    if set(chosen) == set(available):
        return ctx.event_filter
    return replace(ctx.event_filter, modalities=tuple(m for m in available if m in chosen))


def source_links(frame: pd.DataFrame) -> pd.Series:
    """Relative links to the Sources page for each row's article."""
    return frame["article_id"].map(lambda article_id: f"sources?article={article_id}", na_action="ignore")


def detail_links(frame: pd.DataFrame) -> pd.Series:
    """Relative links to each row's event detail page."""
    return frame["event_id"].map(lambda event_id: f"event?event={event_id}", na_action="ignore")


EVENT_TABLE_COLUMNS = ["details", "review_status", "date_start", "event_type", "event_mode", "actor", "actor_country", "target",
                       "target_country", "target_basis", "place", "modality", "stance", "confidence", "n_articles",
                       "evidence", "source", "cameo_code", "goldstein", "date_precision", "event_id"]


def event_table_config() -> dict:
    column = st.column_config
    return {
        "details": column.LinkColumn("Event", display_text="details", width="small",
                                     help="All fields, every supporting article, and review"),
        "review_status": column.TextColumn("Checked", width="small",
                                           help="auto: nobody has checked it; verified, edited or rejected by a reviewer"),
        "date_start": column.DateColumn("Date", format="YYYY-MM-DD"),
        "event_type": column.TextColumn("Type"),
        "event_mode": column.TextColumn("Mode"),
        "actor": column.TextColumn("Actor"),
        "actor_country": column.TextColumn("Actor ctry", width="small"),
        "target": column.TextColumn("Target"),
        "target_country": column.TextColumn("Target ctry", width="small"),
        "target_basis": column.TextColumn("Target basis", help="How the target was found: stated by the "
                                          "sentence; topic, elimination, latest dealings, told before, actor's "
                                          "other sanctions, place or other role are guesses (the event's page says what each means); "
                                          "analyst: set by a reviewer; empty: stored before this was kept"),
        "place": column.TextColumn("Place"),
        "modality": column.TextColumn("Modality"),
        "stance": column.TextColumn("Stance"),
        "confidence": column.ProgressColumn("Confidence", min_value=0.0, max_value=1.0, format="%.2f"),
        "n_articles": column.NumberColumn("Articles", help="How many articles report this event"),
        "evidence": column.TextColumn("Evidence", width="large"),
        "source": column.LinkColumn("Source", display_text="open article"),
        "cameo_code": column.TextColumn("CAMEO"),
        "goldstein": column.NumberColumn("Goldstein", format="%.1f"),
        "date_precision": column.TextColumn("Date precision"),
        "event_id": column.TextColumn("Event id"),
    }


def event_table(frame: pd.DataFrame, key: str, height: int | None = None) -> None:
    """The standard events table: readable columns, links to the source article."""
    shown = frame.assign(source=source_links(frame), details=detail_links(frame))
    st.dataframe(shown[[c for c in EVENT_TABLE_COLUMNS if c in shown.columns]], hide_index=True,
                 column_config=event_table_config(), key=key, height=height or "auto",
                 width="stretch")
