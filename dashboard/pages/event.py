"""Event detail: every field, every supporting article with its sentence, disagreements, review."""

import pandas as pd
import streamlit as st

from dashboard import gazetteer, review
from dashboard.highlight import escape_inline, escape_markdown
from dashboard.review import EDITABLE_FIELDS, ReviewError
from dashboard.schema import (
    DATE_BASIS_MEANING,
    DATE_PRECISIONS,
    EVENT_MODES,
    EVENT_TYPES,
    MODALITIES,
    STANCES,
    TARGET_BASIS_MEANING,
    TARGET_BASIS_NOT_RECORDED,
)
from dashboard.ui import data
from dashboard.ui.page import context
from dashboard.ui.sidebar import apply_filter

ctx = context()
event_id = st.query_params.get("event", "")
record = data.event(ctx.db, ctx.version, event_id) if event_id else None
st.title("Event")
if record is None:
    st.info("No event is selected. Open one from the Events table (the “details” link of a row)."
            if not event_id else f"There is no event {escape_inline(event_id)} in this store.")
    st.stop()


def country(code) -> str:
    return f"{gazetteer.country_name(code)} ({code})" if isinstance(code, str) and code else "—"


def when(row: dict) -> str:
    start, end, precision = row.get("date_start"), row.get("date_end"), row.get("date_precision")
    if start is None or pd.isna(start):
        return "date unknown"
    if precision == "year":
        return f"{start:%Y} (year only)"
    if precision == "month":
        return f"{start:%B %Y} (month only)"
    if end is not None and not pd.isna(end) and end != start:
        return f"{start:%d %B %Y} to {end:%d %B %Y}"
    return f"{start:%d %B %Y}"


def target_basis(basis) -> str:
    """How the target was found, in words; an event stored before that was kept says so."""
    if not isinstance(basis, str) or not basis:
        return TARGET_BASIS_NOT_RECORDED
    return TARGET_BASIS_MEANING.get(basis, basis)


actor, target = record["actor_country"], record["target_country"]
headline = f"{record['event_type'].capitalize()} ({record['event_mode']}): {record['actor'] or country(actor)}"
if isinstance(record.get("target"), str) and record["target"]:
    headline += f" → {record['target']}"
st.subheader(escape_inline(headline))
status = record.get("review_status") or "auto"
badges = [f"{record['modality']}", f"confidence {record['confidence']:.2f}",
          f"reported by {record['n_articles']} article{'s' if record['n_articles'] != 1 else ''}",
          {"auto": "not yet checked by a person"}.get(status, f"review: {status}")]
st.caption(escape_inline(" · ".join(badges)))
if status in ("rejected", "merged"):
    st.warning("A reviewer " + ("rejected this event" if status == "rejected" else "merged this event into another")
               + "; it is hidden from the other pages.")

fields, links = st.columns([3, 2])
with fields:
    shown = {
        "When": when(record), "Actor": record["actor"] or "—", "Actor country": country(actor),
        "Target": record["target"] if isinstance(record["target"], str) else "—",
        "Target country": country(target),
        "Place": record["place"] if isinstance(record["place"], str) else "—",
        "Place country": country(record["place_country"]),
        "Place precision": record["geo_precision"], "Stance": record["stance"] if isinstance(record["stance"], str) else "—",
        "CAMEO": f"{record['cameo_code']} (Goldstein {record['goldstein']:+.1f})",
        "Target basis": target_basis(record.get("target_basis")),
        "Date basis": DATE_BASIS_MEANING.get(record["date_basis"], record["date_basis"]),
        "Event id": record["event_id"],
    }
    st.dataframe(pd.DataFrame({"field": list(shown), "value": [str(v) for v in shown.values()]}),
                 hide_index=True, width="stretch", height=35 * (len(shown) + 1) + 3,
                 column_config={"field": st.column_config.TextColumn("field", width="small"),
                                "value": st.column_config.TextColumn("value", width="large")})  # the values need the room
with links:
    st.markdown("**Filter the whole app to**")
    if isinstance(actor, str) and actor:
        st.button(country(actor), key="to_actor", on_click=apply_filter, kwargs={"countries": (actor,)},
                  icon=":material/filter_alt:", width="stretch")
    if isinstance(target, str) and target and target != actor:
        st.button(country(target), key="to_target", on_click=apply_filter, kwargs={"countries": (target,)},
                  icon=":material/filter_alt:", width="stretch")
        st.button(f"The pair {actor}–{target}", key="to_pair", on_click=apply_filter,
                  kwargs={"countries": (actor, target), "role": "pair"},
                  icon=":material/compare_arrows:", width="stretch")
    st.button(f"{record['event_type'].capitalize()} events of {actor}", key="to_type", on_click=apply_filter,
              kwargs={"countries": (actor,), "role": "actor", "types": (record["event_type"],)},
              icon=":material/filter_alt:", width="stretch")

mentions = data.event_mentions(ctx.db, ctx.version, (record["event_id"],))
st.subheader(f"Evidence: {mentions['article_id'].nunique()} article{'s' if mentions['article_id'].nunique() != 1 else ''}")
per_article = mentions.groupby("article_id", sort=False).agg(
    date=("date_start", "first"), place=("place", "first"))
for label, column in (("date", "date"), ("place", "place")):
    values = per_article[column].dropna()
    values = values.map(lambda v: f"{v:%Y-%m-%d}" if hasattr(v, "strftime") else str(v))
    if values.nunique() > 1:
        counts = values.value_counts()
        listed = ", ".join(f"{value} ({n} article{'s' if n != 1 else ''})" for value, n in counts.items())
        st.warning(f"The articles disagree on the {label}: {escape_inline(listed)}.", icon=":material/rule:")
for article_id, group in mentions.groupby("article_id", sort=False):
    first = group.iloc[0]
    with st.container(border=True):
        published = f"{first['published']:%d %b %Y} · " if pd.notna(first["published"]) else ""
        st.markdown(f"**{escape_inline(first['title'])}**  \n{published}"
                    f"[read in Sources](sources?article={article_id})")
        # the text's sentences first; a headline (offsets -1) says less, so it comes last
        ordered = group.assign(in_headline=group["char_start"] < 0).sort_values(["in_headline", "char_start"])
        for sentence, in_headline in ordered.drop_duplicates("sentence")[["sentence", "in_headline"]].itertuples(index=False):
            st.markdown(f":orange-background[{escape_markdown(sentence)}]" + (" *(headline)*" if in_headline else ""))
        url = first["url"] if isinstance(first["url"], str) else ""
        if url.startswith(("http://", "https://")):
            st.link_button("Open the original", url)

st.subheader("Review")
st.caption("Corrections are stored with the event and kept when more articles about it arrive.")
logged = review.reviews(ctx.store, record["event_id"]) if status != "auto" else None
if logged and logged["changes"]:
    changed = ", ".join(f"{name}: {old} → {new}" for name, (old, new) in logged["changes"].items())
    st.caption(escape_inline(f"Changed by a reviewer: {changed}"))


def run_review(action, *args, **kwargs) -> None:
    try:
        action(ctx.store, *args, **kwargs)
    except ReviewError as error:
        st.session_state["review_message"] = ("error", str(error))
    else:
        st.session_state["review_message"] = ("success", "Saved.")


verify_column, reject_column, reopen_column = st.columns(3)
verify_column.button("Mark as checked", key="review_verify", icon=":material/verified:", on_click=run_review,
                     args=(review.verify, record["event_id"]), disabled=status in ("verified", "merged"),
                     width="stretch")
reject_column.button("Reject", key="review_reject", icon=":material/block:", on_click=run_review,
                     args=(review.reject, record["event_id"]), disabled=status in ("rejected", "merged"),
                     width="stretch")
reopen_column.button("Reopen", key="review_reopen", icon=":material/undo:", on_click=run_review,
                     args=(review.reopen, record["event_id"]), disabled=status in ("auto", "edited", "merged"),
                     width="stretch")

with st.form("correct_event"):
    st.markdown("**Correct fields**")
    left, right = st.columns(2)
    choices = {"event_type": EVENT_TYPES, "event_mode": sorted({m for modes in EVENT_MODES.values() for m in modes}),
               "date_precision": DATE_PRECISIONS, "modality": MODALITIES, "stance": ("", *STANCES)}
    edits = {}
    for index, name in enumerate(EDITABLE_FIELDS):
        column = left if index % 2 == 0 else right
        value = record.get(name)
        if name in choices:
            options = list(choices[name])
            current = value if isinstance(value, str) and value in options else options[0]
            edits[name] = column.selectbox(name, options, index=options.index(current), key=f"edit_{name}_{event_id}")
        elif name.startswith("date_"):
            edits[name] = column.text_input(name, value=f"{value:%Y-%m-%d}" if pd.notna(value) else "",
                                            key=f"edit_{name}_{event_id}", placeholder="YYYY-MM-DD")
        else:
            edits[name] = column.text_input(name, value=value if isinstance(value, str) else "", key=f"edit_{name}_{event_id}")
    note = st.text_input("Note (why)", key="edit_note")
    if st.form_submit_button("Save corrections", icon=":material/save:"):
        run_review(review.correct, record["event_id"], edits, note=note)
        st.rerun()

with st.form("merge_event"):
    st.markdown("**Merge a duplicate into this event**")
    other = st.text_input("Event id of the duplicate", key="merge_other")
    if st.form_submit_button("Merge", icon=":material/merge:") and other.strip():
        run_review(review.merge, record["event_id"], other.strip())
        st.rerun()

message = st.session_state.pop("review_message", None)
if message:
    kind, text = message
    (st.error if kind == "error" else st.success)(escape_inline(text))
