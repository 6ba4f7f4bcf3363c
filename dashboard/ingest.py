"""Articles in, events stored: reading, extraction, and writing in batches.

Extraction runs outside the store's lock. The writer keeps the file across batches and gives
it up to a reader who asks, after the current batch (see ``HeldWriter``), so the app can read
during a long ingest.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dashboard.article_events import article_events
from dashboard.extract.model import ExtractedEvent
from dashboard.sources import (
    Article,
    SourceError,
    expand_paths,
    read_file,
    with_published,
)
from dashboard.store import HeldWriter, Store, replace_file
from dashboard.writer import write_batch

# A batch ends after this long or this many articles, or as soon as a reader waits for the file.
BATCH_SECONDS = 2.0
BATCH_ARTICLES = 500
# Batches leave their changes in the write-ahead log; it is folded into the file this often
# and at the end (see HeldWriter).
CHECKPOINT_SECONDS = 15.0


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


def ingest_articles(store: Store, articles: Iterable[Article | SourceError],
                    report: IngestReport | None = None,
                    on_article: Callable[[Article], None] | None = None,
                    workers: int = 1) -> IngestReport:
    """Extract and store articles in batches, giving the file up whenever a reader waits.

    With ``workers`` > 1 extraction runs in a process pool; the writes stay in input order.
    """
    return store_extracted(store, extract_all(articles, workers), report, on_article)


def extract_all(articles: Iterable[Article | SourceError], workers: int = 1
                ) -> Iterable[tuple[Article, list[ExtractedEvent]] | SourceError]:
    """(article, events) for each article and each error as is, in input order."""
    if workers > 1:
        from dashboard.distributed.pool import extract_in_pool

        return extract_in_pool(articles, workers)
    return (item if isinstance(item, SourceError) else (item, article_events(item))
            for item in articles)


def store_extracted(store: Store, extracted: Iterable[tuple[Article, list[ExtractedEvent]] | SourceError],
                    report: IngestReport | None = None,
                    on_article: Callable[[Article], None] | None = None) -> IngestReport:
    """Store already extracted articles in order, in batches (one transaction each)."""
    report = report or IngestReport()
    pending: list[tuple[Article, list[ExtractedEvent]]] = []
    started = time.monotonic()
    with HeldWriter(store, CHECKPOINT_SECONDS) as writer:

        def flush() -> None:
            nonlocal started
            if pending:
                for outcome in write_batch(writer.connection(), pending):
                    report.articles_new += outcome.new
                    report.events_added += outcome.added
                    report.events_merged += outcome.merged
                writer.batch_done()
                pending.clear()
            started = time.monotonic()

        for entry in extracted:
            if isinstance(entry, SourceError):
                report.errors.append(entry)
                continue
            report.articles_read += 1
            pending.append(entry)
            if on_article is not None:
                on_article(entry[0])
            if (len(pending) >= BATCH_ARTICLES or time.monotonic() - started > BATCH_SECONDS
                    or writer.reader_waiting()):
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
            if not building.exists():  # a folder with no articles: an empty store, not none
                with Store(building).writer():
                    pass
            replace_file(building, target)
            return report
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
