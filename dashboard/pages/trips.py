"""Trips: visits by the same person within a few days of each other, as routes and as bars."""

import streamlit as st

from dashboard.analysis import MAX_TRIPS, TRIP_GAP_DAYS
from dashboard.figures_analysis import trip_map, trip_timeline
from dashboard.ui import analysis_data
from dashboard.ui.page import context, header

MAX_DRAWN = 40

ctx = context()
trips = analysis_data.trips(ctx.db, ctx.version, ctx.event_filter)
count = int(trips["trips_total"].iloc[0]) if not trips.empty else 0
header("Trips", ctx)
listed = "" if count <= MAX_TRIPS else f" The {MAX_TRIPS} most recent are listed."
st.caption(f"A trip is two or more visits by the same person to different countries, each starting "
           f"within {TRIP_GAP_DAYS} days of the previous one ending. {count:,} trip{'s' if count != 1 else ''} "
           f"in this selection.{listed}")
if trips.empty:
    st.info("No trips match these filters.")
    st.stop()
names = list(dict.fromkeys(trips["trip"]))
shown = st.multiselect("Trips", names, default=names[:min(len(names), 8)], key="trips_shown",
                       placeholder="Pick trips to draw")
selected = trips[trips["trip"].isin(shown)] if shown else trips[trips["trip"].isin(names[:MAX_DRAWN])]
st.pydeck_chart(trip_map(selected), height=480, key="trips_map")
st.caption("Each route starts at the traveller's capital and runs through the stops in order; "
           "numbers mark the stops.")
st.plotly_chart(trip_timeline(selected), key="trips_timeline")
st.dataframe(selected[["trip", "stop", "date_start", "place", "target_country", "modality"]], hide_index=True,
             width="stretch", key="trips_table", column_config={
                 "trip": "Trip", "stop": "Stop", "date_start": st.column_config.DateColumn("Date", format="YYYY-MM-DD"),
                 "place": "Place", "target_country": "Country", "modality": "Modality"})
