"""Articles in, events stored: extraction, merging across articles, one transaction per article.

Extraction runs outside the store's lock; the writer takes the lock for a short batch of
articles at a time, so the app can read between batches.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import duckdb

from dashboard.clustering import (
    MODALITY_RANK, combined_confidence, is_symmetric, refinements, same_event,
)
from dashboard.extract.model import ExtractedEvent
from dashboard.extract.pipeline import extract_events
from dashboard.sources import Article, SourceError, expand_paths, read_file, with_published
from dashboard.store import Store, refresh_search_text, replace_file

BATCH_SECONDS = 0.5
BATCH_ARTICLES = 50
_MATCH_WINDOW_DAYS = 45


@dataclass
class IngestReport:
    """What an ingest did; ``errors`` holds one line per input that could not be read."""

    files_read: int = 0
    articles_read: int = 0
    articles_new: int = 0
    events_added: int = 0
    events_merged: int = 0
    errors: list[SourceError] = field(default_factory=list)

    @property
    def files_failed(self) -> int:
        """Files with at least one error (a file with a few broken lines counts once)."""
        return len({error.path for error in self.errors})

    def summary(self) -> str:
        return (f"{self.articles_read} articles read, {self.articles_new} new, "
                f"{self.events_added} events added, {self.events_merged} merged into existing events, "
                f"{self.files_failed} files failed")


@dataclass
class ArticleWrite:
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


def _candidates(connection: duckdb.DuckDBPyConnection, event: ExtractedEvent) -> list[SimpleNamespace]:
    pairs = [(event.actor_country, event.target_country)]
    if is_symmetric(event.event_type, event.event_mode):
        pairs.append((event.target_country, event.actor_country))
    clauses, params = [], [event.event_type]
    for actor, target in pairs:
        clauses.append("(actor_country IS NOT DISTINCT FROM ? AND target_country IS NOT DISTINCT FROM ?)")
        params += [actor, target]
    sql = (f"SELECT * FROM events WHERE event_type = ? AND ({' OR '.join(clauses)}) "
           "AND coalesce(review_status, 'auto') <> 'merged'")
    if event.date_start is None:
        sql += " AND date_start IS NULL"
    else:
        window = timedelta(days=_MATCH_WINDOW_DAYS)
        sql += " AND date_start <= ? AND date_end >= ?"
        params += [(event.date_end or event.date_start) + window, event.date_start - window]
    cursor = connection.execute(sql, params)
    names = [column[0] for column in cursor.description]
    return [SimpleNamespace(**dict(zip(names, row))) for row in cursor.fetchall()]


def _closest(candidates: list[SimpleNamespace], event: ExtractedEvent) -> SimpleNamespace:
    def distance(row: SimpleNamespace) -> int:
        if row.date_start is None or event.date_start is None:
            return 0
        return abs((row.date_start - event.date_start).days)

    return min(candidates, key=distance)


def _insert_event(connection, event: ExtractedEvent, article: Article, now: datetime) -> str:
    event_id = make_event_id(event)
    suffix = 1
    while connection.execute("SELECT 1 FROM events WHERE event_id = ?", [event_id]).fetchone():
        suffix += 1
        event_id = f"{make_event_id(event)[:13]}-{suffix:02d}"
    record = event.record(article.article_id)
    columns = ["event_id", *record.keys(), "created_at", "updated_at"]
    values = [event_id, *record.values(), now, now]
    placeholders = ", ".join("?" for _ in columns)
    connection.execute(f"INSERT INTO events ({', '.join(columns)}) VALUES ({placeholders})", values)
    return event_id


def _insert_mentions(connection, event_id: str, event: ExtractedEvent, article: Article) -> None:
    """Record the event's sentences in this article, each once even when two extracted events
    of the article (a meeting and the visit it implies, say) end up as one stored event."""
    known = {start for (start,) in connection.execute(
        "SELECT char_start FROM mentions WHERE event_id = ? AND article_id = ?",
        [event_id, article.article_id]).fetchall()}
    rows = [(event_id, article.article_id, evidence.sentence, evidence.char_start, evidence.char_end,
             evidence.trigger, event.modality, event.date_start, event.date_end, event.date_precision,
             event.place, event.confidence)
            for evidence in event.evidence if evidence.char_start not in known]
    if rows:
        connection.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def _merge_into(connection, row: SimpleNamespace, event: ExtractedEvent, now: datetime) -> None:
    """Refine a stored event with a new report of it (a reviewed event only gains evidence)."""
    updates = {}
    if getattr(row, "review_status", None) in (None, "auto"):
        updates = refinements(row, event)
        if MODALITY_RANK.get(event.modality, 9) < MODALITY_RANK.get(row.modality, 9):
            updates["modality"] = event.modality  # a plan that was carried out is asserted
    per_article = connection.execute(
        "SELECT max(confidence) FROM mentions WHERE event_id = ? GROUP BY article_id", [row.event_id]
    ).fetchall()
    updates["confidence"] = combined_confidence([value for (value,) in per_article])
    updates["n_articles"] = connection.execute(
        "SELECT count(DISTINCT article_id) FROM mentions WHERE event_id = ?", [row.event_id]
    ).fetchone()[0]
    updates["updated_at"] = now
    assignments = ", ".join(f"{name} = ?" for name in updates)
    connection.execute(f"UPDATE events SET {assignments} WHERE event_id = ?",
                       [*updates.values(), row.event_id])


def write_article(connection: duckdb.DuckDBPyConnection, article: Article,
                  events: list[ExtractedEvent]) -> ArticleWrite:
    """Store one article and its events in one transaction; a known article changes nothing."""
    if connection.execute("SELECT 1 FROM articles WHERE article_id = ?", [article.article_id]).fetchone():
        return ArticleWrite(new=False)
    now = datetime.now().replace(microsecond=0)
    result = ArticleWrite(new=True)
    connection.begin()
    try:
        connection.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [article.article_id, article.title, article.url, article.outlet, article.published,
             article.source, article.text, len(events), now],
        )
        touched = []
        for event in events:
            matches = [row for row in _candidates(connection, event) if same_event(row, event)]
            if matches:
                row = _closest(matches, event)
                _insert_mentions(connection, row.event_id, event, article)
                _merge_into(connection, row, event, now)
                touched.append(row.event_id)
                result.merged += 1
            else:
                event_id = _insert_event(connection, event, article, now)
                _insert_mentions(connection, event_id, event, article)
                touched.append(event_id)
                result.added += 1
        refresh_search_text(connection, touched)
        connection.commit()
    except BaseException:
        connection.rollback()
        raise
    return result


def ingest_articles(store: Store, articles: Iterable[Article | SourceError],
                    report: IngestReport | None = None,
                    on_article: Callable[[Article], None] | None = None,
                    workers: int = 1) -> IngestReport:
    """Extract and store articles, writing in short batches so readers get their turn.

    With ``workers`` > 1 extraction runs in a process pool; the writes stay in input order.
    """
    return store_extracted(store, extract_all(articles, workers), report, on_article)


def extract_all(articles: Iterable[Article | SourceError], workers: int = 1
                ) -> Iterable[tuple[Article, list[ExtractedEvent]] | SourceError]:
    """(article, events) for each article and each error as is, in input order."""
    if workers > 1:
        from dashboard.distributed.pool import extract_in_pool

        return extract_in_pool(articles, workers)
    return (item if isinstance(item, SourceError) else (item, extract_events(item.text, item.published))
            for item in articles)


def store_extracted(store: Store, extracted: Iterable[tuple[Article, list[ExtractedEvent]] | SourceError],
                    report: IngestReport | None = None,
                    on_article: Callable[[Article], None] | None = None) -> IngestReport:
    """Store already extracted articles in order, in short batches (one transaction per article)."""
    report = report or IngestReport()
    pending: list[tuple[Article, list[ExtractedEvent]]] = []
    started = time.monotonic()

    def flush() -> None:
        nonlocal started
        if not pending:
            return
        with store.writer() as connection:
            for article, events in pending:
                outcome = write_article(connection, article, events)
                report.articles_new += outcome.new
                report.events_added += outcome.added
                report.events_merged += outcome.merged
        pending.clear()
        started = time.monotonic()

    for entry in extracted:
        if isinstance(entry, SourceError):
            report.errors.append(entry)
            continue
        item = entry[0]
        report.articles_read += 1
        pending.append(entry)
        if on_article is not None:
            on_article(item)
        if len(pending) >= BATCH_ARTICLES or time.monotonic() - started > BATCH_SECONDS:
            flush()
    flush()
    return report


def read_articles(paths: list[Path], published: date | None = None,
                  report: IngestReport | None = None,
                  on_file: Callable[[Path], None] | None = None) -> Iterable[Article | SourceError]:
    """Every article under ``paths`` (errors as ``SourceError`` items, in order)."""
    for item in expand_paths(paths):
        if isinstance(item, SourceError):
            yield item
            continue
        if report is not None:
            report.files_read += 1
        try:
            articles, errors = read_file(item)
        except SourceError as error:
            yield error
        else:
            yield from (with_published(article, published) for article in articles)
            yield from errors
        if on_file is not None:
            on_file(item)


def ingest_paths(store: Store, paths: list[Path], published: date | None = None,
                 on_file: Callable[[Path], None] | None = None, workers: int = 1) -> IngestReport:
    """Read every file under ``paths`` and store its articles; bad files are reported, not fatal."""
    report = IngestReport()
    return ingest_articles(store, read_articles(paths, published, report, on_file), report,
                           workers=workers)


def build_store(target: Path, articles_dir: Path,
                on_file: Callable[[Path, int, int], None] | None = None) -> IngestReport:
    """Build a store from a folder into a temporary file, then move it into place at once.

    Readers never see a half-built store, and a second process that finds the lock held waits
    for the first build instead of starting its own.
    """
    import fcntl

    target.parent.mkdir(parents=True, exist_ok=True)
    lock_path = target.with_name(target.name + ".build-lock")
    with open(lock_path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if target.exists():
                return IngestReport()
            building = target.with_name(f"{target.name}.building-{os.getpid()}")
            for leftover in (building, building.with_name(building.name + ".wal")):
                leftover.unlink(missing_ok=True)
            files = [item for item in expand_paths([articles_dir]) if isinstance(item, Path)]
            done = 0

            def tick(path: Path) -> None:
                nonlocal done
                done += 1
                if on_file is not None:
                    on_file(path, done, len(files))

            report = ingest_paths(Store(building), [articles_dir], on_file=tick)
            replace_file(building, target)
            return report
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
