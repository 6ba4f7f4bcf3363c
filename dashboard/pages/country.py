"""Country profile: one country's visits, sanctions and statements both ways, partners, activity."""

from dataclasses import replace

import streamlit as st

from dashboard import figures, gazetteer
from dashboard.highlight import escape_inline
from dashboard.ui import analysis_data, data
from dashboard.ui.page import context, header
from dashboard.ui.sidebar import RELATIONS_PAGE, apply_filter

ctx = context()
codes = [code for code in data.country_codes(ctx.db, ctx.version) if not gazetteer.country(code).is_group]
header("Country profile", ctx)
if not codes:
    st.info("The store has no events with a country yet.")
    st.stop()
wanted = st.query_params.get("code", "")
if st.session_state.get("profile_code") not in codes:
    # the link's country, else the sidebar's, else the country in the most events
    busiest = next((c for c in data.countries_by_activity(ctx.db, ctx.version) if c in codes), codes[0])
    st.session_state["profile_code"] = (wanted if wanted in codes
                                        else next((c for c in ctx.event_filter.countries if c in codes), busiest))
code = st.selectbox("Country", codes, key="profile_code", format_func=lambda c: f"{gazetteer.country_name(c)} ({c})")
st.query_params["code"] = code
name = gazetteer.country_name(code)
# The sidebar's other filters (period, types, modality...) apply; its country choice is this one.
scope = replace(ctx.event_filter, countries=(code,), role="any")
summary = analysis_data.country_summary(ctx.db, ctx.version, code, scope)
st.button(f"Filter the whole app to {name}", icon=":material/filter_alt:", key="profile_filter",
          on_click=apply_filter, kwargs={"countries": (code,)})
columns = st.columns(6)
for column, (label, key) in zip(columns, [("Visits made", "visits_made"), ("Visits received", "visits_received"),
                                          ("Sanctions imposed", "sanctions_imposed"),
                                          ("Sanctions received", "sanctions_received"),
                                          ("Statements by it", "statements_by"), ("Statements about it", "statements_about")]):
    column.metric(label, f"{summary[key]:,}")
if summary["events"] == 0:
    st.info(f"No events involving {escape_inline(name)} match these filters.")
    st.stop()

COUNTERPART_COLUMNS = {"name": "Country", "events": "Events", "latest": st.column_config.DateColumn("Latest", format="YYYY-MM-DD")}
STANCE_COLUMNS = {**COUNTERPART_COLUMNS, "positive": "Positive", "negative": "Negative", "neutral": "Neutral"}


def counterpart_table(title: str, event_type: str, direction: str, with_stance: bool = False) -> None:
    frame = analysis_data.counterparts(ctx.db, ctx.version, code, scope, event_type, direction)
    st.markdown(f"**{title}**")
    if frame.empty:
        st.caption("None in this selection.")
        return
    columns = STANCE_COLUMNS if with_stance else COUNTERPART_COLUMNS
    st.dataframe(frame[list(columns)], hide_index=True, width="stretch", column_config=columns)


def both_ways(heading: str, event_type: str, by_title: str, at_title: str, with_stance: bool = False) -> None:
    """A section with the country's events of one type side by side: by it, and aimed at it."""
    st.subheader(heading)
    left, right = st.columns(2)
    with left:
        counterpart_table(by_title, event_type, "by", with_stance)
    with right:
        counterpart_table(at_title, event_type, "at", with_stance)


both_ways("Visits", "visit", f"Made by {name} (hosts)", f"Received by {name} (visitors)")
visits = replace(scope, types=("visit",))
arcs = data.visit_arcs(ctx.db, ctx.version, visits)
if not arcs.empty:
    st.pydeck_chart(figures.visit_map(arcs, data.locations(ctx.db, ctx.version, visits)), height=420,
                    key="profile_map")
    st.caption("Arcs run from the visitor's capital (blue end) to the host place (red end).")

both_ways("Sanctions", "sanction", f"Imposed by {name}", f"Imposed on {name}")
both_ways("Statements", "statement", f"By {name}, aimed at", f"About {name}, by", with_stance=True)

st.subheader("Most frequent partners")
partners = analysis_data.partners(ctx.db, ctx.version, code, scope)
picked = st.dataframe(partners.drop(columns=["partner"]), hide_index=True, width="stretch", key="profile_partners",
                      on_select="rerun", selection_mode="single-row", column_config={
                          "name": "Partner", "events": "Events", "visits": "Visits", "statements": "Statements",
                          "sanctions": "Sanctions", "mean_goldstein": st.column_config.NumberColumn(
                              "Goldstein (mean)", format="%.1f",
                              help="-10 conflict .. +10 cooperation, over the events between the two")})
rows = picked.selection.rows if picked is not None else []
if rows:
    partner = partners["partner"].iloc[rows[0]]
    st.button(f"Open {name} – {gazetteer.country_name(partner)} in Relations", icon=":material/compare_arrows:",
              key="profile_open_pair", on_click=apply_filter,
              kwargs={"page": RELATIONS_PAGE, "countries": (code, partner), "role": "pair"})
else:
    st.caption("Select a partner to open the pair in Relations.")

st.subheader("Activity over time")
period = st.segmented_control("Per", ["month", "quarter", "year"], default="quarter", key="profile_period") or "quarter"
st.plotly_chart(figures.activity(data.activity(ctx.db, ctx.version, scope, period)), key="profile_activity")
