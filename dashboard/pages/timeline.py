"""Timeline: every filtered event by date and type; shape shows modality, bands show periods.
Clicking an event opens its detail."""

import streamlit as st

from dashboard import figures
from dashboard.ui import data
from dashboard.ui.page import EVENT_PAGE, context, header, modality_switches

MAX_POINTS = 5000

ctx = context()
total = data.count_events(ctx.db, ctx.version, ctx.event_filter)
header("Timeline", ctx, total)
shown = modality_switches(ctx, "timeline_modalities")
if shown is None:
    st.stop()
frame = data.events(ctx.db, ctx.version, shown, MAX_POINTS)
if frame.empty:
    st.info("No events match these filters.")
    st.stop()
if len(frame) >= MAX_POINTS:
    st.warning(f"Showing the latest {MAX_POINTS:,} events; narrow the filters to see the rest.")
undated = int(frame["date_start"].isna().sum())
chart = st.plotly_chart(figures.timeline(frame), key="timeline_chart", on_select="rerun",
                        selection_mode="points")
st.caption("Filled circle: reported · open circle: planned · open diamond: alleged · "
           "open square: hypothetical · x: reported as not happening. A pale band is the week, month "
           "or year an event is known to only. Click an event to open it."
           + (f" {undated} background events without a date are not drawn." if undated else "")
           + (" The chart opens on the recent years; zoom out (double-click) for older events."
              if figures.focus_range(frame["date_start"]) is not None else ""))
picked = [point.get("customdata") for point in (chart.selection.points if chart else [])]
picked = [event_id for event_id in picked if isinstance(event_id, str)]
if len(picked) == 1:
    st.switch_page(EVENT_PAGE, query_params={"event": picked[0]})
