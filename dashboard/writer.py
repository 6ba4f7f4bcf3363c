"""Extracted articles into the store, a batch at a time, with merging across articles.

A batch is written in one transaction: an article is either stored whole with its events and
their evidence, or not at all. Everything merging needs is read with three queries per batch
rather than several per event (which cost seconds per article in a store of a million events):
the articles already stored, the stored events that could match any event of the batch (same
type and pair of countries, not merged away), and the evidence behind those candidates (for
their confidence and article count). Matching then runs in memory, in input order, with the
events of earlier articles of the batch taking part, so the result is the one writing the
articles one by one would give.
"""

from __future__ import annotations

import gc
import hashlib
from bisect import bisect_left, insort
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from types import SimpleNamespace

import duckdb
import pyarrow as pa

from dashboard.extract.clustering import (
    MODALITY_RANK,
    combined_confidence,
    is_symmetric,
    refinements,
    same_event,
)
from dashboard.extract.model import ExtractedEvent
from dashboard.sources import Article
from dashboard.store import SEARCH_TEXT_SQL, search_text_sql

MATCH_WINDOW_DAYS = 45
# The event columns a later report of the same event may change (target_basis: a report that
# states a target another guessed makes it stated).
_MERGED_COLUMNS = ("date_start", "date_end", "date_precision", "date_basis", "place", "place_country", "lat",
                   "lon", "geo_precision", "actor", "actor_role", "quote", "modality", "confidence",
                   "n_articles", "target_basis", "updated_at")
_ARTICLE_COLUMNS = ("article_id", "title", "url", "outlet", "published", "source", "text", "n_events", "ingested_at")
# One statement refreshes the merged columns and the search text made from them.
_UPDATE_ASSIGNMENTS = ", ".join(f"{name} = u.{name}" for name in _MERGED_COLUMNS) + ", search_text = " + \
    search_text_sql(lambda column: f"u.{column}" if column in _MERGED_COLUMNS else f"events.{column}")
# Stored columns that matching and refining never read (fetching them costs a third of the read).
_NOT_FOR_MATCHING = "search_text, evidence, created_at, updated_at, cameo_code, goldstein, target, stance, article_id"
_KEY_SCHEMA = pa.schema([("event_type", pa.string()), ("actor_country", pa.string()),
                         ("target_country", pa.string()), ("low", pa.date32()), ("high", pa.date32())])
_MENTION_COLUMNS = ("event_id", "article_id", "sentence", "char_start", "char_end", "trigger", "modality",
                    "date_start", "date_end", "date_precision", "place", "confidence")


@dataclass
class ArticleWrite:
    """What storing one article did."""

    new: bool
    added: int = 0
    merged: int = 0


def make_event_id(event: ExtractedEvent) -> str:
    """An id from what the event is: type, mode, the two countries and the date."""
    countries = [event.actor_country or "", event.target_country or ""]
    if is_symmetric(event.event_type, event.event_mode):
        countries.sort()
    key = "|".join([event.event_type, event.event_mode, *countries,
                    str(event.date_start or ""), event.date_precision, event.modality])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _window(event: ExtractedEvent) -> tuple:
    """The span of dates a stored event must overlap to match (none for an undated event)."""
    if event.date_start is None:
        return (None, None)
    window = timedelta(days=MATCH_WINDOW_DAYS)
    return (event.date_start - window, (event.date_end or event.date_start) + window)


def _pairs(event: ExtractedEvent) -> list[tuple]:
    pairs = [(event.event_type, event.actor_country, event.target_country)]
    if is_symmetric(event.event_type, event.event_mode):
        pairs.append((event.event_type, event.target_country, event.actor_country))
    return pairs


class _Candidates:
    """Events a new report may join, by (type, actor country, target country), kept in order of
    start date so that a report only looks at those whose dates can reach its match window
    (a big batch has thousands for a busy pair). A report with no date may join an event with
    none; a dated one, an event whose days overlap its own widened by MATCH_WINDOW_DAYS."""

    LONG_DAYS = 31  # spans longer than a month (a year-precise event) are few: kept apart

    def __init__(self) -> None:
        # pair -> [(first day, order added, last day, row)], by first day
        self._short: dict[tuple, list[tuple[int, int, int, SimpleNamespace]]] = defaultdict(list)
        self._long: dict[tuple, list[tuple[int, int, int, SimpleNamespace]]] = defaultdict(list)
        self._undated: dict[tuple, list[tuple[int, SimpleNamespace]]] = defaultdict(list)
        self._added = 0

    def add(self, pair: tuple, row: SimpleNamespace) -> None:
        self._place(pair, row, insort)

    def extend(self, entries: Iterable[tuple[tuple, SimpleNamespace]]) -> None:
        """Add many (pair, row) at once: appended, then each list sorted once."""
        for pair, row in entries:
            self._place(pair, row, list.append)
        for rows in (*self._short.values(), *self._long.values()):
            rows.sort()

    def _place(self, pair: tuple, row: SimpleNamespace, put: Callable) -> None:
        self._added += 1
        if row.date_start is None:
            self._undated[pair].append((self._added, row))
        elif row.date_end is not None:  # a start with no end cannot be compared: it matches nothing
            first, last = row.date_start.toordinal(), row.date_end.toordinal()
            kept = self._short if last - first <= self.LONG_DAYS else self._long
            put(kept[pair], (first, self._added, last, row))

    def near(self, pair: tuple, event: ExtractedEvent) -> list[tuple[int, SimpleNamespace]]:
        """(order added, row) of the events of ``pair`` in the event's window."""
        if event.date_start is None:
            return self._undated.get(pair, [])
        low = event.date_start.toordinal() - MATCH_WINDOW_DAYS
        high = (event.date_end or event.date_start).toordinal() + MATCH_WINDOW_DAYS
        found = [(order, row) for first, order, last, row in self._long.get(pair, ()) if first <= high and last >= low]
        rows = self._short.get(pair)
        if rows:
            # Short spans starting before low - LONG_DAYS end before low.
            begin = bisect_left(rows, (low - self.LONG_DAYS,))
            for first, order, last, row in rows[begin:]:
                if first > high:
                    break
                if last >= low:
                    found.append((order, row))
        return found


def _closest(candidates: list[SimpleNamespace], event: ExtractedEvent) -> SimpleNamespace:
    def distance(row: SimpleNamespace) -> int:
        if row.date_start is None or event.date_start is None:
            return 0
        return abs((row.date_start - event.date_start).days)

    return min(candidates, key=distance)


def _table(rows: list[tuple], columns: tuple[str, ...] | pa.Schema) -> pa.Table:
    """Rows as an Arrow table for DuckDB to read, built a column at a time (a DataFrame of the
    same Python values costs ten times as much)."""
    schema = columns if isinstance(columns, pa.Schema) else None
    names = schema.names if schema is not None else columns
    return pa.Table.from_pydict({name: [row[index] for row in rows] for index, name in enumerate(names)},
                                schema=schema)


def _rows(cursor: duckdb.DuckDBPyConnection) -> list[SimpleNamespace]:
    names = [column[0] for column in cursor.description]
    rows = []
    for values in cursor.fetchall():
        row = SimpleNamespace()
        row.__dict__.update(zip(names, values))
        rows.append(row)
    return rows


class _Batch:
    """The stored state a batch needs, read once, and the writes it collects."""

    def __init__(self, connection: duckdb.DuckDBPyConnection, items: list[tuple[Article, list[ExtractedEvent]]]):
        self.connection = connection
        self.now = datetime.now().replace(microsecond=0)
        ids = sorted({article.article_id for article, _ in items})
        self.known_articles = {row[0] for row in connection.execute(
            "SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?))", [ids]).fetchall()}
        events = [event for _, extracted in items for event in extracted]
        keys = _table(list({(*pair, *_window(event)) for event in events for pair in _pairs(event)}), _KEY_SCHEMA)
        connection.register("batch_keys", keys)
        try:
            # The batch's whole date range first, so DuckDB can skip row groups outside it.
            candidates = _rows(connection.execute(f"""
                SELECT DISTINCT ON (e.event_id) e.* EXCLUDE ({_NOT_FOR_MATCHING})
                FROM events e JOIN batch_keys k
                  ON e.event_type = k.event_type AND e.actor_country IS NOT DISTINCT FROM k.actor_country
                 AND e.target_country IS NOT DISTINCT FROM k.target_country
                 AND ((k.low IS NULL AND e.date_start IS NULL)
                      OR (e.date_start <= k.high AND e.date_end >= k.low))
                WHERE coalesce(e.review_status, 'auto') <> 'merged'
                  AND (e.date_start IS NULL OR (e.date_start <= (SELECT max(high) FROM batch_keys)
                                                AND e.date_end >= (SELECT min(low) FROM batch_keys)))
                ORDER BY e.event_id"""))
        finally:
            connection.unregister("batch_keys")
        self.candidates = _Candidates()
        self.candidates.extend(((row.event_type, row.actor_country, row.target_country), row) for row in candidates)
        # Support of this batch's articles: event -> article -> confidence (stored support is
        # read for the events the batch updates, when it is written).
        self.support: dict[str, dict[str, float]] = defaultdict(dict)
        prefixes = sorted({make_event_id(event)[:13] for event in events})
        self.taken_ids = {row[0] for row in connection.execute(
            "SELECT event_id FROM events WHERE left(event_id, 13) IN (SELECT unnest(?))", [prefixes]).fetchall()}
        self.new_articles: list[tuple] = []
        self.new_events: dict[str, SimpleNamespace] = {}
        self.updated: dict[str, SimpleNamespace] = {}
        self.mentions: list[tuple] = []

    def add(self, article: Article, events: list[ExtractedEvent]) -> ArticleWrite:
        if article.article_id in self.known_articles:
            return ArticleWrite(new=False)
        self.known_articles.add(article.article_id)
        self.new_articles.append((article.article_id, article.title, article.url, article.outlet, article.published,
                                  article.source, article.text, len(events), self.now))
        result = ArticleWrite(new=True)
        recorded: dict[str, set[int]] = defaultdict(set)  # sentences of this article per event
        for event in events:
            # In the order the candidates came, so that ties of distance go to the same one.
            matches = [row for pair in _pairs(event) for _, row in sorted(self.candidates.near(pair, event))
                       if same_event(row, event)]
            if matches:
                row = _closest(matches, event)
                self._mention(row.event_id, event, article, recorded)
                self._merge(row, event)
                result.merged += 1
            else:
                row = self._insert(event, article)
                self._mention(row.event_id, event, article, recorded)
                result.added += 1
        return result

    def _mention(self, event_id: str, event: ExtractedEvent, article: Article, recorded: dict[str, set[int]]) -> None:
        """Record the event's sentences in this article, each once even when two extracted events
        of the article (a meeting and the visit it implies, say) end up as one stored event."""
        fresh = [evidence for evidence in event.evidence if evidence.char_start not in recorded[event_id]]
        for evidence in fresh:
            recorded[event_id].add(evidence.char_start)
            self.mentions.append((event_id, article.article_id, evidence.sentence, evidence.char_start,
                                  evidence.char_end, evidence.trigger, event.modality, event.date_start,
                                  event.date_end, event.date_precision, event.place, event.confidence))
        if fresh:
            support = self.support[event_id]
            support[article.article_id] = max(support.get(article.article_id, 0.0), event.confidence)

    def _merge(self, row: SimpleNamespace, event: ExtractedEvent) -> None:
        """Refine a stored event with a new report of it (a reviewed event only gains evidence)."""
        if getattr(row, "review_status", None) in (None, "auto"):
            for name, value in refinements(row, event).items():
                setattr(row, name, value)
            if MODALITY_RANK.get(event.modality, 9) < MODALITY_RANK.get(row.modality, 9):
                row.modality = event.modality  # a plan that was carried out is asserted
        row.updated_at = self.now
        if row.event_id in self.new_events:
            self._recount(row, self.support[row.event_id])
        else:
            self.updated[row.event_id] = row  # recounted with its stored support when written

    @staticmethod
    def _recount(row: SimpleNamespace, support: dict[str, float]) -> None:
        row.confidence = combined_confidence(list(support.values()))
        row.n_articles = len(support)

    def _recount_updated(self) -> None:
        """Confidence and article count of the stored events this batch reported again: their
        stored support (best confidence per article) joined by this batch's articles."""
        stored: dict[str, dict[str, float]] = defaultdict(dict)
        for event_id, article_id, confidence in self.connection.execute(
                "SELECT event_id, article_id, max(confidence) FROM mentions "
                "WHERE event_id IN (SELECT unnest(?)) GROUP BY ALL", [list(self.updated)]).fetchall():
            stored[event_id][article_id] = confidence
        for event_id, row in self.updated.items():
            self._recount(row, {**stored[event_id], **self.support[event_id]})

    def _insert(self, event: ExtractedEvent, article: Article) -> SimpleNamespace:
        base = make_event_id(event)
        event_id, suffix = base, 1
        while event_id in self.taken_ids:
            suffix += 1
            event_id = f"{base[:13]}-{suffix:02d}"
        self.taken_ids.add(event_id)
        row = SimpleNamespace(event_id=event_id, **event.record(article.article_id), created_at=self.now,
                              updated_at=self.now, review_status="auto")
        self.new_events[event_id] = row
        self.candidates.add(_pairs(event)[0], row)
        return row

    def write(self) -> None:
        """Everything the batch collected, in one transaction, a statement per table."""
        connection = self.connection
        connection.begin()
        try:
            self._insert_table("articles", _table(self.new_articles, _ARTICLE_COLUMNS))
            events = [vars(row) for row in self.new_events.values()]
            self._insert_table("events", pa.Table.from_pylist(events), extra=f", {SEARCH_TEXT_SQL} AS search_text")
            self._insert_table("mentions", _table(self.mentions, _MENTION_COLUMNS))
            if self.updated:
                self._recount_updated()
                frame = _table([(event_id, *(getattr(row, name) for name in _MERGED_COLUMNS))
                                for event_id, row in self.updated.items()], ("event_id", *_MERGED_COLUMNS))
                connection.register("batch_updates", frame)
                try:
                    connection.execute(f"UPDATE events SET {_UPDATE_ASSIGNMENTS} FROM batch_updates u "
                                       "WHERE events.event_id = u.event_id")
                finally:
                    connection.unregister("batch_updates")
            connection.commit()
        except BaseException:
            connection.rollback()
            raise

    def _insert_table(self, table: str, frame: pa.Table, extra: str = "") -> None:
        if not frame.num_rows:
            return
        name = f"batch_{table}"
        self.connection.register(name, frame)
        try:
            self.connection.execute(f"INSERT INTO {table} BY NAME SELECT *{extra} FROM {name}")
        finally:
            self.connection.unregister(name)


def write_batch(connection: duckdb.DuckDBPyConnection,
                items: list[tuple[Article, list[ExtractedEvent]]]) -> list[ArticleWrite]:
    """Store articles with their events in one transaction; a known article changes nothing."""
    if not items:
        return []
    # A batch makes a few hundred thousand short-lived objects and no reference cycles, so the
    # cyclic collector would only walk the whole heap again and again (a tenth of the writer's time).
    collecting = gc.isenabled()
    gc.disable()
    try:
        batch = _Batch(connection, items)
        results = [batch.add(article, events) for article, events in items]
        batch.write()
    finally:
        if collecting:
            gc.enable()
    return results
