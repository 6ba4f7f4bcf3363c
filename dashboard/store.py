"""The embedded DuckDB store: articles, events and the mentions that tie them together.

DuckDB lets one process write a database file, and no other process read it meanwhile. So
each side gives way to the other: readers share a warm read-only instance that closes the
moment a writer asks for the file (``dashboard.warm``), a long ingest keeps its writer only
until a reader asks (``HeldWriter``), and each side waits (with backoff) while the other holds
the lock. The app therefore keeps serving during an ingest, and an ingest never fails because
the app is open.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Self

import duckdb
import pandas as pd

from dashboard import warm

SCHEMA_VERSION = 4
LOCK_WAIT_SECONDS = 60.0
# How large the write-ahead log may grow while checkpoints are deferred.
DEFERRED_CHECKPOINT_LOG = "256MB"

_EVENT_COLUMNS_SQL = """
    event_id VARCHAR PRIMARY KEY,
    event_type VARCHAR NOT NULL,
    event_mode VARCHAR,
    cameo_code VARCHAR,
    goldstein DOUBLE,
    actor VARCHAR,
    actor_country VARCHAR,
    actor_role VARCHAR,
    target VARCHAR,
    target_country VARCHAR,
    place VARCHAR,
    place_country VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    geo_precision VARCHAR,
    date_start DATE,
    date_end DATE,
    date_precision VARCHAR,
    date_basis VARCHAR,
    modality VARCHAR,
    stance VARCHAR,
    quote VARCHAR,
    confidence DOUBLE,
    n_articles INTEGER,
    evidence VARCHAR,
    article_id VARCHAR,
    created_at TIMESTAMP,
    updated_at TIMESTAMP,
    review_status VARCHAR DEFAULT 'auto',
    search_text VARCHAR,
    target_basis VARCHAR
"""
# Columns added by a migration come last in a new store too, so new and migrated stores keep
# their columns in the same order (a dump of one restores into the other by name either way).

# The columns a text search looks in, and the lower-case text kept for it in ``search_text``:
# one column to scan instead of nine to join and lower-case on every search.
SEARCH_COLUMNS = ("actor", "target", "place", "evidence", "quote", "actor_country",
                  "target_country", "event_type", "event_mode")


def search_text_sql(column: Callable[[str], str] = str) -> str:
    """SQL for an event's search text, each of SEARCH_COLUMNS written as ``column`` names it."""
    return "lower(concat_ws(' ', " + ", ".join(f"coalesce({column(c)}, '')" for c in SEARCH_COLUMNS) + "))"


SEARCH_TEXT_SQL = search_text_sql()

_REVIEWS_SQL = """CREATE TABLE IF NOT EXISTS reviews (
    event_id VARCHAR PRIMARY KEY,
    status VARCHAR NOT NULL,
    changes VARCHAR,
    merged_into VARCHAR,
    note VARCHAR,
    reviewed_at TIMESTAMP
)"""

SCHEMA_SQL = [
    "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
    """CREATE TABLE IF NOT EXISTS articles (
        article_id VARCHAR PRIMARY KEY,
        title VARCHAR,
        url VARCHAR,
        outlet VARCHAR,
        published DATE,
        source VARCHAR,
        text VARCHAR,
        n_events INTEGER,
        ingested_at TIMESTAMP
    )""",
    f"CREATE TABLE IF NOT EXISTS events ({_EVENT_COLUMNS_SQL})",
    """CREATE TABLE IF NOT EXISTS mentions (
        event_id VARCHAR NOT NULL,
        article_id VARCHAR NOT NULL,
        sentence VARCHAR,
        char_start INTEGER,
        char_end INTEGER,
        trigger VARCHAR,
        modality VARCHAR,
        date_start DATE,
        date_end DATE,
        date_precision VARCHAR,
        place VARCHAR,
        confidence DOUBLE
    )""",
    _REVIEWS_SQL,
]

# Events whose review changed the target or its country: their target was set by a reviewer.
# (``changes`` is JSON of {field: [old, new]}; a key is followed by ": [", which a value, its
# quotes escaped, cannot contain.)
ANALYST_TARGETS_SQL = """UPDATE events SET target_basis = 'analyst' WHERE event_id IN (
    SELECT event_id FROM reviews WHERE changes LIKE '%"target": [%' OR changes LIKE '%"target_country": [%')"""

# How a store of each older schema version is brought to the next one. Version 2 added the
# analyst's review: a status on every event and the reviews that survive re-ingest. Version 3
# keeps each event's searchable text in lower case, so a search scans one column. Version 4
# records how each event's target was found (``target_basis``); older events keep NULL ("not
# recorded"), except those whose target a reviewer changed, which the reviews tell.
MIGRATIONS: dict[int, list[str]] = {
    2: [
        "ALTER TABLE events ADD COLUMN review_status VARCHAR DEFAULT 'auto'",
        "UPDATE events SET review_status = 'auto'",
        _REVIEWS_SQL,
    ],
    3: [
        "ALTER TABLE events ADD COLUMN search_text VARCHAR",
        f"UPDATE events SET search_text = {SEARCH_TEXT_SQL}",
    ],
    4: [
        "ALTER TABLE events ADD COLUMN target_basis VARCHAR",
        ANALYST_TARGETS_SQL,
    ],
}


# Store files (path and inode) already checked to be at the current schema in this process.
_CURRENT_STORES: set[tuple[str, int]] = set()


class StoreError(Exception):
    """A store that cannot be opened or used; the message is one line naming the file."""


class StoreMissing(StoreError):
    """The store file does not exist yet."""


def _is_lock_error(error: Exception) -> bool:
    """Another process holds the file, or this one holds it for writing (DuckDB refuses a
    second connection "with a different configuration" in the same process)."""
    text = str(error).lower()
    return ("lock" in text and ("conflicting" in text or "could not set" in text)) or "different configuration" in text


class Store:
    """A DuckDB file of articles, events and mentions, opened briefly for each use."""

    def __init__(self, path: Path | str, lock_wait: float = LOCK_WAIT_SECONDS) -> None:
        self.path = Path(path)
        self.lock_wait = lock_wait

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    def exists(self) -> bool:
        return self.path.is_file()

    def version(self) -> str:
        """A token that changes whenever the data changes (file and WAL size and time).

        Cheap: it reads file metadata only, so the app can key its caches on it without
        opening the database.
        """
        parts = []
        for path in (self.path, self.path.with_name(self.path.name + ".wal")):
            try:
                stat = path.stat()
                parts.append(f"{stat.st_mtime_ns}:{stat.st_size}")
            except FileNotFoundError:
                parts.append("-")
        return "/".join(parts)

    def _connect(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        if read_only and not self.exists():
            raise StoreMissing(f"{self.path}: no store here yet (run: python -m dashboard ingest data/articles)")
        deadline = time.monotonic() + self.lock_wait
        delay = 0.01
        with ExitStack() as waiting:
            while True:
                try:
                    return duckdb.connect(str(self.path), read_only=read_only)
                except (duckdb.IOException, duckdb.ConnectionException) as error:
                    if not _is_lock_error(error):
                        raise StoreError(f"{self.path}: {str(error).splitlines()[0]}") from None
                    if time.monotonic() >= deadline:
                        raise StoreError(f"{self.path}: still locked by another process after "
                                         f"{self.lock_wait:.0f} s") from None
                    if read_only and delay == 0.01:  # a long ingest gives the file up when it sees this
                        waiting.enter_context(warm.waiting_to_read(self.path.resolve()))
                    time.sleep(delay)
                    delay = min(delay * 1.6, 0.2)
                except duckdb.Error as error:
                    raise StoreError(f"{self.path}: not a readable store ({str(error).splitlines()[0]})") from None

    @contextmanager
    def reader(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-only connection for the block: a cursor on the process's warm instance of the
        file, or a connection of its own while a writer is at work (an older store is migrated
        first)."""
        if not self.exists():
            raise StoreMissing(f"{self.path}: no store here yet (run: python -m dashboard ingest data/articles)")
        with warm.cursor(self.path.resolve(), self.version(), lambda: self._connect(read_only=True)) as shared:
            if shared is not None and self._is_current(shared):
                yield shared
                return
        connection = self._connect(read_only=True)
        if not self._is_current(connection):
            connection.close()
            with self.writer():
                pass
            connection = self._connect(read_only=True)
        try:
            yield connection
        finally:
            connection.close()

    @contextmanager
    def writer(self, checkpoint: bool = True) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-write connection with the schema in place, held only for the block (readers'
        warm instances of the file, in every process, are closed meanwhile).

        With ``checkpoint=False`` the changes stay in the write-ahead log when the block ends
        (readers see them all the same): folding them into the file rewrites every block they
        touched, which a long ingest does once in a while rather than after every batch.
        """
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with warm.writing(self.path.resolve()):
            connection = self._connect(read_only=False)
            try:
                if not checkpoint:
                    connection.execute("PRAGMA disable_checkpoint_on_shutdown")
                    connection.execute(f"SET checkpoint_threshold = '{DEFERRED_CHECKPOINT_LOG}'")
                ensure_schema(connection, self.path)
                yield connection
            finally:
                connection.close()

    def _is_current(self, connection: duckdb.DuckDBPyConnection) -> bool:
        key = (str(self.path.resolve()), self.path.stat().st_ino)
        if key not in _CURRENT_STORES:
            if schema_version(connection) != SCHEMA_VERSION:
                return False
            _CURRENT_STORES.add(key)
        return True

    def frame(self, sql: str, params: Sequence | None = None) -> pd.DataFrame:
        """Run a read-only query and return its rows as a DataFrame."""
        with self.reader() as connection:
            return connection.execute(sql, params or []).df()


class HeldWriter:
    """The read-write connection of a long ingest, kept from one batch to the next.

    On a big store, opening the file (and replaying its write-ahead log) costs more than
    writing a batch, so the connection stays open between batches. When a reader waits for
    the file (it leaves a marker, see ``Store._connect``), the connection is closed after the
    current batch and not taken again for ``YIELD_SECONDS``, so the app keeps answering. The
    changes are checkpointed every ``checkpoint_seconds`` and when the block ends.
    """

    YIELD_SECONDS = 1.0
    READER_CHECK_SECONDS = 0.1

    def __init__(self, store: Store, checkpoint_seconds: float) -> None:
        self.store = store
        self.checkpoint_seconds = checkpoint_seconds
        self._held: ExitStack | None = None
        self._connection: duckdb.DuckDBPyConnection | None = None
        self._resume_at = 0.0
        self._last_checkpoint = time.monotonic()
        self._unsaved = False
        self._last_reader_check = 0.0

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind, error, trace) -> None:
        if kind is None and self._unsaved:
            self._checkpoint()
        self.release()

    def connection(self) -> duckdb.DuckDBPyConnection:
        """The held connection, opened (after any pause owed to readers) when there is none."""
        if self._connection is None:
            time.sleep(max(0.0, self._resume_at - time.monotonic()))
            held = ExitStack()
            self._connection = held.enter_context(self.store.writer(checkpoint=False))
            self._held = held
        return self._connection

    def reader_waiting(self) -> bool:
        """Whether a reader waits for the file this writer holds (looked up at most every
        READER_CHECK_SECONDS, so a caller may ask after every article)."""
        now = time.monotonic()
        if self._connection is None or now - self._last_reader_check < self.READER_CHECK_SECONDS:
            return False
        self._last_reader_check = now
        return warm.reader_waiting(self.store.path.resolve())

    def batch_done(self) -> None:
        """After a batch: checkpoint when one is due, and give the file up if a reader waits."""
        self._unsaved = True
        if time.monotonic() - self._last_checkpoint > self.checkpoint_seconds:
            self._checkpoint()
        if warm.reader_waiting(self.store.path.resolve()):
            self.release()
            self._resume_at = time.monotonic() + self.YIELD_SECONDS

    def release(self) -> None:
        if self._held is not None:
            self._held.close()
        self._held = self._connection = None

    def _checkpoint(self) -> None:
        self.connection().execute("CHECKPOINT")
        self._last_checkpoint = time.monotonic()
        self._unsaved = False


def schema_version(connection: duckdb.DuckDBPyConnection) -> int | None:
    """The schema version a store records, or None for a file with no tables yet."""
    has_meta = connection.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'").fetchone()[0]
    if not has_meta:
        return None
    row = connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 1


def ensure_schema(connection: duckdb.DuckDBPyConnection, path: Path | str = "store") -> None:
    """Create the tables of a new store, or migrate an older one step by step to the current version."""
    found = schema_version(connection)
    if found is not None and found > SCHEMA_VERSION:
        raise StoreError(f"{path}: written by a newer version of this tool (schema {found}; "
                         f"this one reads up to {SCHEMA_VERSION})")
    if found is None:
        connection.begin()
        for statement in SCHEMA_SQL:
            connection.execute(statement)
        connection.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        connection.commit()
        return
    for version in range(found + 1, SCHEMA_VERSION + 1):
        connection.begin()
        for statement in MIGRATIONS[version]:
            connection.execute(statement)
        connection.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(version)])
        connection.commit()


def replace_file(built: Path, target: Path) -> None:
    """Move a finished store into place atomically, so readers never see half a store."""
    os.replace(built, target)
    wal = built.with_name(built.name + ".wal")
    if wal.exists():
        os.replace(wal, target.with_name(target.name + ".wal"))


def refresh_search_text(connection: duckdb.DuckDBPyConnection, event_ids: Sequence[str] | None = None) -> None:
    """Recompute ``search_text`` for the given events (all events without one when None)."""
    if event_ids is None:
        connection.execute(f"UPDATE events SET search_text = {SEARCH_TEXT_SQL} WHERE search_text IS NULL")
    elif event_ids:
        placeholders = ", ".join("?" for _ in event_ids)
        connection.execute(f"UPDATE events SET search_text = {SEARCH_TEXT_SQL} WHERE event_id IN ({placeholders})",
                           list(event_ids))
