"""Timeline: every filtered event by date and type; shape shows modality."""

import streamlit as st

from dashboard import figures
from dashboard.ui import data
from dashboard.ui.page import context, header

MAX_POINTS = 5000

ctx = context()
frame = data.events(ctx.db, ctx.version, ctx.event_filter, MAX_POINTS)
total = data.count_events(ctx.db, ctx.version, ctx.event_filter)
header("Timeline", ctx, total)
if frame.empty:
    st.info("No events match these filters.")
    st.stop()
if total > MAX_POINTS:
    st.warning(f"Showing the latest {MAX_POINTS:,} of {total:,} events; narrow the filters to see the rest.")
undated = int(frame["date_start"].isna().sum())
st.plotly_chart(figures.timeline(frame), key="timeline_chart")
st.caption("Filled circle: asserted · open circle: planned · open diamond: alleged · "
           "open square: hypothetical · x: negated (reported as not happening)."
           + (f" {undated} background events without a date are not drawn." if undated else "")
           + (" The chart opens on the recent years; zoom out (double-click) for older events."
              if figures.focus_range(frame["date_start"]) is not None else ""))
