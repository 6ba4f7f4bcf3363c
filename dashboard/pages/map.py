"""Map of visits: arcs from the visitor's capital to the host place, and where events happened."""

from dataclasses import replace

import streamlit as st

from dashboard import figures, gazetteer
from dashboard.ui import data
from dashboard.ui.page import context, event_table, header, modality_switches
from dashboard.ui.sidebar import apply_filter

MAP_PAGE = "dashboard/pages/map.py"
SELECTED_ROWS = 500

ctx = context()
header("Map of visits", ctx)
shown = modality_switches(ctx, "map_modalities")
if shown is None:
    st.stop()
arcs = data.visit_arcs(ctx.db, ctx.version, shown)
places = data.locations(ctx.db, ctx.version, shown)
if arcs.empty and places.empty:
    st.info("No located events match these filters.")
    st.stop()
chosen = st.pydeck_chart(figures.visit_map(arcs, places), height=560, key="visit_map",
                         on_select="rerun", selection_mode="single-object")
st.caption("Arcs run from the visitor's capital (blue end) to the host place (red end); width grows "
           "with the number of visits. Grey arcs are planned visits, purple alleged ones, faint ones "
           "hypothetical or reported as not happening. Red dots are cities where events happened, "
           "sized by count. Orange countries hold events known only to the country, not to a city "
           "(a dot at the centre of the few countries drawn without an outline). "
           "Click an arc, a dot or a country to list its events and to filter the whole app to it.")
objects = (chosen.selection.get("objects", {}) if chosen else {}) or {}
for layer, picked in objects.items():
    if not picked:
        continue
    item = picked[0]
    if layer == "visits":
        visitor, host = item.get("actor_country"), item.get("target_country")
        label = f"Filter the whole app to visits between {gazetteer.country_name(visitor)} and {gazetteer.country_name(host)}"
        st.button(label, icon=":material/filter_alt:", key="map_filter_pair", on_click=apply_filter,
                  kwargs={"page": MAP_PAGE, "countries": (visitor, host), "role": "pair", "types": ("visit",)})
        rows = data.events(ctx.db, ctx.version, replace(shown, countries=(visitor, host), role="pair",
                                                         types=("visit",)), SELECTED_ROWS)
        rows = rows[rows["actor_country"] == visitor]
    else:
        code = item.get("place_country") or (item.get("properties") or {}).get("code")
        if not code:
            continue
        st.button(f"Filter the whole app to {gazetteer.country_name(code)}", icon=":material/filter_alt:",
                  key="map_filter_country", on_click=apply_filter, kwargs={"page": MAP_PAGE, "countries": (code,)})
        rows = data.events(ctx.db, ctx.version, replace(shown, countries=(code,), role="any"), SELECTED_ROWS)
        rows = rows[rows["place"] == item["place"]] if item.get("place") else rows[rows["place_country"] == code]
    st.caption(f"The {len(rows)} event{'s' if len(rows) != 1 else ''} behind what you clicked (open one for its detail):")
    event_table(rows, key="map_selected_events")
if not arcs.empty:
    st.subheader("Visits by pair")
    table = arcs.assign(
        visitor_country=arcs["actor_country"].map(gazetteer.country_name),
        host_country=arcs["target_country"].map(gazetteer.country_name, na_action="ignore"),
    )[["visitor_country", "host_country", "place", "geo_precision", "modality", "visits", "visitors",
       "first_date", "last_date"]]
    st.dataframe(table, hide_index=True, width="stretch", column_config={
        "visitor_country": "Visitor", "host_country": "Host", "place": "Place",
        "geo_precision": st.column_config.TextColumn("Precision", help="city, or country when no city is known"),
        "modality": "Modality", "visits": "Visits", "visitors": "Who",
        "first_date": st.column_config.DateColumn("First", format="YYYY-MM-DD"),
        "last_date": st.column_config.DateColumn("Last", format="YYYY-MM-DD")})
