"""First start: build the store from the bundled articles, with a visible progress bar."""

from __future__ import annotations

import streamlit as st

from dashboard.config import bundled_articles_dir
from dashboard.ingest import build_store
from dashboard.store import Store


def ensure_store(store: Store) -> None:
    """Build the store from ``data/articles`` when there is none yet, showing progress."""
    if store.exists():
        return
    source = bundled_articles_dir()
    with st.status(f"First start: building the event store from {source.name}/ …", expanded=True) as status:
        bar = st.progress(0.0, text="reading articles")

        def on_file(path, done: int, total: int) -> None:
            bar.progress(min(1.0, done / max(total, 1)), text=f"{done} of {total}: {path.name}")

        report = build_store(store.path, source, on_file=on_file)
        status.update(label=f"Store ready: {report.summary()}", state="complete", expanded=False)
