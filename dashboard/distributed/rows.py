"""Articles and their extracted events as Arrow tables (and Parquet files), and back, losslessly.

An events table has one row per extracted event of an article, before merging across articles:
``article_id`` and ``seq`` (its place in the article's list), every field of ``ExtractedEvent``
with its own type, and ``evidence`` as a list of (sentence, char_start, char_end, trigger).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

import pyarrow as pa

from dashboard.extract.model import Evidence, ExtractedEvent
from dashboard.sources import Article

# Column types by field name; every other field is text. (Not read from the annotations: the
# compiled extractor's dataclasses keep classes there, not the annotations' text.)
_NOT_TEXT = {"goldstein": pa.float64(), "lat": pa.float64(), "lon": pa.float64(), "confidence": pa.float64(),
             "date_start": pa.date32(), "date_end": pa.date32(), "published": pa.date32(),
             "actor_explicit": pa.bool_(), "char_start": pa.int64(), "char_end": pa.int64()}


def _arrow_type(field: dataclasses.Field) -> pa.DataType:
    return _NOT_TEXT.get(field.name, pa.string())


EVIDENCE_TYPE = pa.list_(pa.struct([
    pa.field(f.name, _arrow_type(f), nullable=False) for f in dataclasses.fields(Evidence)
]))

_EVENT_FIELDS = [f for f in dataclasses.fields(ExtractedEvent) if f.name != "evidence"]
_ARTICLE_FIELDS = dataclasses.fields(Article)

EVENT_SCHEMA = pa.schema(
    [pa.field("article_id", pa.string(), nullable=False), pa.field("seq", pa.int32(), nullable=False)]
    + [pa.field(f.name, _arrow_type(f)) for f in _EVENT_FIELDS]
    + [pa.field("evidence", EVIDENCE_TYPE)]
)
ARTICLE_SCHEMA = pa.schema([pa.field(f.name, _arrow_type(f)) for f in _ARTICLE_FIELDS])


def articles_table(articles: Iterable[Article]) -> pa.Table:
    """One row per article, in the given order."""
    rows = [dataclasses.asdict(article) for article in articles]
    return pa.Table.from_pylist(rows, schema=ARTICLE_SCHEMA)


def events_table(extracted: Iterable[tuple[Article, list[ExtractedEvent]]]) -> pa.Table:
    """One row per event of each article, numbered by ``seq`` within the article."""
    rows = []
    for article, events in extracted:
        for seq, event in enumerate(events):
            row = {f.name: getattr(event, f.name) for f in _EVENT_FIELDS}
            row.update(article_id=article.article_id, seq=seq,
                       evidence=[dataclasses.asdict(evidence) for evidence in event.evidence])
            rows.append(row)
    return pa.Table.from_pylist(rows, schema=EVENT_SCHEMA)


def articles_from_table(table: pa.Table) -> list[Article]:
    return [Article(**{f.name: row[f.name] for f in _ARTICLE_FIELDS}) for row in table.to_pylist()]


def events_from_table(table: pa.Table) -> dict[str, list[ExtractedEvent]]:
    """Events by article id, each list in ``seq`` order."""
    grouped: dict[str, list[tuple[int, ExtractedEvent]]] = {}
    for row in table.to_pylist():
        fields = {f.name: row[f.name] for f in _EVENT_FIELDS}
        event = ExtractedEvent(**fields, evidence=[Evidence(**item) for item in row["evidence"] or []])
        grouped.setdefault(row["article_id"], []).append((row["seq"], event))
    return {key: [event for _, event in sorted(items, key=lambda pair: pair[0])]
            for key, items in grouped.items()}


def extracted_from_tables(articles: pa.Table, events: pa.Table) -> list[tuple[Article, list[ExtractedEvent]]]:
    """(article, events) pairs in the order of the articles table."""
    by_article = events_from_table(events)
    return [(article, by_article.get(article.article_id, [])) for article in articles_from_table(articles)]

