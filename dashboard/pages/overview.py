"""Overview: headline counts, activity over time, the most active pairs, the latest events."""

from dataclasses import replace

import streamlit as st

from dashboard import figures, gazetteer
from dashboard.filters import LOW_CONFIDENCE
from dashboard.ui import data
from dashboard.ui.page import context, event_table, header

ctx = context()
counts = data.counts(ctx.db, ctx.version, ctx.event_filter)
header("Overview", ctx)
columns = st.columns(4)
columns[0].metric("Events", f"{counts['events']:,}")
columns[1].metric("Articles", f"{counts['articles']:,}")
columns[2].metric("Countries", f"{counts['countries']:,}")
columns[3].metric("Visits", f"{counts['visits']:,}")

st.caption("Events are read from the articles by rules. On real news pages coded by hand that no rule "
           "was written against (60 pages, 508 events, in the latest measure), about 7 in 10 events found "
           "were right and about half of the events the pages report were missed: an "
           "absent event is no sign that nothing happened. Each event's evidence is on its detail page.")

if not ctx.event_filter.show_low_confidence:
    hidden = data.count_events(ctx.db, ctx.version, replace(ctx.event_filter, show_low_confidence=True)) - counts["events"]
    if hidden:
        st.caption(f"{hidden:,} more event{'s' if hidden != 1 else ''} below {LOW_CONFIDENCE:g} confidence "
                   "(more often wrong than right) are hidden; the sidebar switch shows them.")

if counts["events"] == 0:
    st.info("No events match these filters. Widen the period or clear filters in the sidebar.")
    st.stop()

st.subheader("Activity over time")
period = st.segmented_control("Per", ["week", "month", "quarter", "year"], default="month",
                              key="overview_period") or "month"
activity = data.activity(ctx.db, ctx.version, ctx.event_filter, period)
st.plotly_chart(figures.activity(activity), key="overview_activity")
if figures.focus_range(activity["period"], activity["events"]) is not None:
    st.caption("The chart opens on the recent years; older background events are there when "
               "you zoom out (double-click) or set the period in the sidebar.")

left, right = st.columns([2, 3])
with left:
    st.subheader("Most active pairs")
    pairs = data.dyads(ctx.db, ctx.version, ctx.event_filter, 12)
    pairs.insert(0, "pair", [f"{gazetteer.country_name(a)} – {gazetteer.country_name(b)}"
                             for a, b in zip(pairs["country_a"], pairs["country_b"])])
    st.dataframe(pairs.drop(columns=["country_a", "country_b"]), hide_index=True, width="stretch",
                 column_config={"mean_goldstein": st.column_config.NumberColumn(
                     "Goldstein (mean)", format="%.1f",
                     help="Mean Goldstein score of the pair's events: -10 conflict to +10 cooperation")})
with right:
    st.subheader("Latest events")
    latest = data.events(ctx.db, ctx.version, ctx.event_filter, 12)
    event_table(latest, key="overview_latest")
