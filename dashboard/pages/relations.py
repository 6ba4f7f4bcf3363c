"""Relations: cooperation and conflict between pairs of countries over time (Goldstein scores)."""

import streamlit as st

from dashboard import gazetteer
from dashboard.figures_analysis import relations_chart
from dashboard.ui import analysis_data
from dashboard.ui.page import context, detail_links, header
from dashboard.ui.sidebar import apply_filter

ctx = context()
pairs = analysis_data.pairs(ctx.db, ctx.version, ctx.event_filter)
header("Relations", ctx)
if pairs.empty:
    st.info("No events between two countries match these filters.")
    st.stop()

st.caption("Each event carries the Goldstein score of its CAMEO code, from -10 (most conflictual) to "
           "+10 (most cooperative). Pick a pair to see its scores over time.")
chosen = None
if ctx.event_filter.role == "pair" and len(ctx.event_filter.countries) == 2:
    chosen = tuple(sorted(ctx.event_filter.countries))
picked = st.dataframe(pairs.drop(columns=["country_a", "country_b"]), hide_index=True, width="stretch",
                      key="relations_pairs", on_select="rerun", selection_mode="single-row", column_config={
                          "pair": "Pair", "events": "Events", "cooperative": "Cooperative", "conflictual": "Conflictual",
                          "mean_goldstein": st.column_config.NumberColumn("Goldstein (mean)", format="%.1f"),
                          "latest": st.column_config.DateColumn("Latest", format="YYYY-MM-DD")})
rows = picked.selection.rows if picked is not None else []
if rows:
    chosen = (pairs["country_a"].iloc[rows[0]], pairs["country_b"].iloc[rows[0]])
if chosen is None:
    chosen = (pairs["country_a"].iloc[0], pairs["country_b"].iloc[0])
a, b = chosen
title = f"{gazetteer.country_name(a)} – {gazetteer.country_name(b)}"

st.subheader(title)
left, right = st.columns([3, 1])
period = left.segmented_control("Per", ["month", "quarter", "year"], default="quarter", key="relations_period") or "quarter"
right.button("Filter the whole app to this pair", icon=":material/filter_alt:", key="relations_filter",
             on_click=apply_filter, kwargs={"countries": (a, b), "role": "pair"}, width="stretch")
series = analysis_data.pair_series(ctx.db, ctx.version, a, b, ctx.event_filter, period)
st.plotly_chart(relations_chart(series), key="relations_chart")
events = analysis_data.pair_events(ctx.db, ctx.version, a, b, ctx.event_filter)
st.dataframe(events.assign(details=detail_links(events))[
                 ["details", "date_start", "event_type", "event_mode", "actor", "actor_country", "target_country",
                  "goldstein", "modality", "evidence"]],
             hide_index=True, width="stretch", key="relations_events", column_config={
                 "details": st.column_config.LinkColumn("Event", display_text="details"),
                 "date_start": st.column_config.DateColumn("Date", format="YYYY-MM-DD"),
                 "event_type": "Type", "event_mode": "Mode", "actor": "Actor", "actor_country": "From",
                 "target_country": "To", "goldstein": st.column_config.NumberColumn("Goldstein", format="%.1f"),
                 "modality": "Modality", "evidence": st.column_config.TextColumn("Evidence", width="large")})
