"""Add articles: upload files or paste text, see the events, then save them to the store."""

from datetime import date

import pandas as pd
import streamlit as st

from dashboard.article_events import article_events
from dashboard.highlight import escape_inline
from dashboard.ingest import ingest_articles
from dashboard.sources import SourceError, make_article, read_bytes
from dashboard.store import StoreError
from dashboard.ui.page import context, header

ARCHIVE_SUFFIXES = (".zip", ".gz", ".tgz", ".tar", ".bz2", ".xz", ".7z", ".rar")

ctx = context()
header("Add articles", ctx)
st.write("Upload files or paste an article. The events are shown before anything is saved.")

upload_tab, paste_tab = st.tabs(["Upload files", "Paste text"])
candidates = []
with upload_tab:
    # No ``type=`` filter: Streamlit would raise on another suffix before this page runs;
    # read_bytes refuses it with a note instead. Names are labels only, never paths.
    files = st.file_uploader("Articles (.txt, .md, .html, .json, .jsonl, RSS/Atom .xml)",
                             accept_multiple_files=True, key="add_files")
    for upload in files or []:
        name = upload.name.replace("\\", "/").rsplit("/", 1)[-1] or "upload"
        if name.lower().endswith(ARCHIVE_SUFFIXES):
            st.error(escape_inline(f"{name}: archives are not unpacked; extract the articles and "
                                   "upload the files themselves"))
            continue
        try:
            found, errors = read_bytes(upload.getvalue(), name)
        except SourceError as error:
            st.error(escape_inline(str(error)))
            continue
        candidates.extend(found)
        for error in errors:
            st.warning(escape_inline(str(error)))
with paste_tab:
    title = st.text_input("Title", key="add_title")
    left, right = st.columns(2)
    published = left.date_input("Publication date", value=None, key="add_published", format="YYYY-MM-DD",
                                min_value=date(1945, 1, 1), max_value=date(2100, 12, 31))
    url = right.text_input("URL (optional)", key="add_url")
    text = st.text_area("Article text", height=220, key="add_text")
    if text.strip():
        candidates.append(make_article(text, title=title, url=url or None, published=published,
                                       source="pasted in the app"))

if not candidates:
    st.info("Nothing to extract yet.")
    st.stop()

rows = []
for article in candidates:
    events = article_events(article)
    if article.published is None:
        st.warning(f"“{escape_inline(article.title)}” has no publication date: relative dates ('on Tuesday') "
                   "cannot be resolved. Set one for better dates.")
    for event in events:
        record = event.record(article.article_id)
        rows.append({"article": article.title, "date": record["date_start"], "type": record["event_type"],
                     "mode": record["event_mode"], "actor": record["actor"],
                     "actor_country": record["actor_country"], "target": record["target"],
                     "target_country": record["target_country"], "target_basis": record["target_basis"],
                     "place": record["place"],
                     "modality": record["modality"], "confidence": record["confidence"],
                     "evidence": record["evidence"]})
st.subheader(f"{len(rows)} events from {len(candidates)} article{'s' if len(candidates) != 1 else ''}")
if rows:
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch", key="add_preview",
                 column_config={"confidence": st.column_config.ProgressColumn(min_value=0.0, max_value=1.0,
                                                                              format="%.2f")})
if st.button("Save to the store", type="primary", key="add_save"):
    try:
        report = ingest_articles(ctx.store, candidates)
    except StoreError as error:
        st.error(str(error))
    else:
        st.success(f"Saved: {report.summary()}.")
