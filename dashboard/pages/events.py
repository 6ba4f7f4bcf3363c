"""Events table: the filtered rows, and downloads of exactly those rows."""

from datetime import datetime
from urllib.parse import urlencode

import streamlit as st

from dashboard.exports import FORMATS, about_json, export_bytes, file_name, mime_type
from dashboard.ui import data
from dashboard.ui.page import context, event_table, header

ctx = context()
total = data.count_events(ctx.db, ctx.version, ctx.event_filter)
complete = total <= data.MAX_TABLE_ROWS
frame = data.events(ctx.db, ctx.version, ctx.event_filter, None if complete else data.MAX_TABLE_ROWS)
header("Events", ctx, total)
if frame.empty:
    st.info("No events match these filters.")
    st.stop()
event_table(frame, key="events_table", height=520)
if not complete:
    st.caption(f"Showing the latest {len(frame):,} of {total:,} events; the downloads hold all {total:,}.")

st.subheader("Download these rows")
about = {"filter": ctx.event_filter.describe(), "rows": str(total),
         "exported_at": datetime.now().isoformat(timespec="seconds"),
         "data_version": data.data_version(ctx.db, ctx.version),
         "link": "events?" + urlencode(ctx.event_filter.to_params(), doseq=True)}
labels = {"csv": "CSV", "xlsx": "Excel", "parquet": "Parquet", "json": "JSON", "geojson": "GeoJSON"}
columns = st.columns(len(FORMATS))
for column, fmt in zip(columns, FORMATS):
    payload = (export_bytes(frame, fmt, about) if complete  # large results: built when asked for
               else lambda fmt=fmt: data.export(ctx.db, ctx.event_filter, fmt, about))
    column.download_button(labels[fmt], data=payload,
                           file_name=file_name("diplomatic-events", fmt), mime=mime_type(fmt),
                           key=f"download_{fmt}", on_click="ignore", width="stretch")
st.download_button("About these rows (JSON, for the CSV)", data=about_json(about),
                   file_name=file_name("diplomatic-events-about", "json"), mime="application/json",
                   key="download_about", on_click="ignore", icon=":material/info:")
st.caption("Downloads hold exactly the filtered rows. Each says what it holds (filter, row count, time, "
           "data version): a sheet in Excel, metadata in Parquet, an \"about\" member in JSON and "
           "GeoJSON, and the file above beside a CSV. CAMEO codes stay text; in CSV and Excel, cells "
           "that a spreadsheet would run as formulas start with an apostrophe.")
