"""The only Streamlit glue: sidebar widgets, URL state and cached data access."""
