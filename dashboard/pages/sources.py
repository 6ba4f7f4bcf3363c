"""Sources: read an article with the sentences that produced events highlighted."""

import streamlit as st

from dashboard.highlight import escape_inline, highlighted_paragraphs
from dashboard.ui import data
from dashboard.ui.page import context, event_table, header

ctx = context()
articles = data.articles_for(ctx.db, ctx.version, ctx.event_filter, st.query_params.get("article"))
header("Sources", ctx)
if articles.empty:
    st.info("No articles have events that match these filters.")
    st.stop()

ids = articles["article_id"].tolist()
labels = {row.article_id: f"{row.published:%Y-%m-%d} · {row.title}" if row.published is not None and row.published == row.published
          else row.title for row in articles.itertuples()}
wanted = st.query_params.get("article")
if "sources_article" not in st.session_state or st.session_state["sources_article"] not in ids:
    st.session_state["sources_article"] = wanted if wanted in ids else ids[0]
if wanted and wanted not in ids:
    st.warning("The article in the link is not among the articles these filters keep; showing another.")
shown = (f"the newest {len(ids):,} with matching events" if len(ids) >= data.MAX_ARTICLES
         else f"{len(ids)} with matching events")
choice = st.selectbox(f"Article ({shown})", ids, key="sources_article",
                      format_func=lambda article_id: labels.get(article_id, article_id))
st.query_params["article"] = choice

record = data.article(ctx.db, ctx.version, choice)
events = data.article_events(ctx.db, ctx.version, choice)
title = escape_inline(record["title"])
from_headline = bool((events["char_start"] < 0).any())  # an event the headline states (offsets -1)
st.subheader(f":orange-background[{title}]" if from_headline else title)
meta = [part for part in (record.get("outlet"), f"{record['published']:%d %B %Y}" if record.get("published") else None,
                          f"{len(events.drop_duplicates('event_id'))} events") if part]
st.caption(escape_inline(" · ".join(meta)))
url = record.get("url") or ""
if url.startswith(("http://", "https://")):
    st.link_button("Open the original", url)

text_column, events_column = st.columns([3, 2])
with text_column:
    spans = list(zip(events["char_start"], events["char_end"]))
    for paragraph in highlighted_paragraphs(record["text"], spans):
        st.markdown(paragraph)
with events_column:
    st.markdown("**Events from this article** (highlighted sentences on the left)")
    event_table(events.drop_duplicates("event_id"), key="sources_events")
