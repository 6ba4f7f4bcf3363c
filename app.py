"""Diplomatic events dashboard: ``streamlit run app.py``.

Thin: page setup, the first-start build of the store, the sidebar filters, and navigation over
the pages in ``dashboard/pages``.
"""

import streamlit as st

from dashboard.store import StoreError
from dashboard.ui import data, sidebar
from dashboard.ui.bootstrap import ensure_store

st.set_page_config(page_title="Diplomatic events", page_icon=":material/public:", layout="wide")

store = data.current_store()
try:
    ensure_store(store)
    version = data.version(store)
    codes = data.country_codes(str(store.path), version)
    bounds = data.date_bounds(str(store.path), version)
except StoreError as error:
    st.error(str(error))
    st.stop()

navigation = st.navigation([
    st.Page("dashboard/pages/overview.py", title="Overview", icon=":material/dashboard:",
            url_path="overview", default=True),
    st.Page("dashboard/pages/timeline.py", title="Timeline", icon=":material/timeline:", url_path="timeline"),
    st.Page("dashboard/pages/map.py", title="Map of visits", icon=":material/map:", url_path="map"),
    st.Page("dashboard/pages/country.py", title="Country profile", icon=":material/flag:", url_path="country"),
    st.Page("dashboard/pages/relations.py", title="Relations", icon=":material/compare_arrows:",
            url_path="relations"),
    st.Page("dashboard/pages/trips.py", title="Trips", icon=":material/route:", url_path="trips"),
    st.Page("dashboard/pages/events.py", title="Events", icon=":material/table:", url_path="events"),
    st.Page("dashboard/pages/event.py", title="Event detail", icon=":material/info:", url_path="event"),
    st.Page("dashboard/pages/sources.py", title="Sources", icon=":material/article:", url_path="sources"),
    st.Page("dashboard/pages/add_articles.py", title="Add articles", icon=":material/add_circle:",
            url_path="add"),
])
sidebar.render(codes, bounds)
navigation.run()
