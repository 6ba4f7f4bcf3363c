"""Map of visits: arcs from the visitor's capital to the host place, and where events happened."""

import streamlit as st

from dashboard import figures, gazetteer
from dashboard.ui import data
from dashboard.ui.page import context, header

ctx = context()
arcs = data.visit_arcs(ctx.db, ctx.version, ctx.event_filter)
places = data.locations(ctx.db, ctx.version, ctx.event_filter)
header("Map of visits", ctx, int(places["events"].sum()) if not places.empty else 0)
if arcs.empty and places.empty:
    st.info("No located events match these filters.")
    st.stop()
st.pydeck_chart(figures.visit_map(arcs, places), height=560, key="visit_map")
st.caption("Arcs run from the visitor's capital (blue end) to the host place (red end); width grows "
           "with the number of visits. Red dots are cities where events happened, sized by count. "
           "Orange countries hold events known only to the country, not to a city. "
           "Country outlines are drawn from shipped data, so the map reads without basemap tiles.")
if not arcs.empty:
    st.subheader("Visits by pair")
    table = arcs.assign(
        visitor_country=arcs["actor_country"].map(gazetteer.country_name),
        host_country=arcs["target_country"].map(gazetteer.country_name, na_action="ignore"),
    )[["visitor_country", "host_country", "place", "geo_precision", "visits", "visitors",
       "first_date", "last_date"]]
    st.dataframe(table, hide_index=True, width="stretch", column_config={
        "visitor_country": "Visitor", "host_country": "Host", "place": "Place",
        "geo_precision": st.column_config.TextColumn("Precision", help="city, or country when no city is known"),
        "visits": "Visits", "visitors": "Who",
        "first_date": st.column_config.DateColumn("First", format="YYYY-MM-DD"),
        "last_date": st.column_config.DateColumn("Last", format="YYYY-MM-DD")})
