"""One warm read-only DuckDB instance per store file, shared by a process's readers.

Opening a DuckDB file costs tens of milliseconds before the first answer (the catalogue and the
blocks a query needs are read again); a query on an instance that is already open costs a few.
So the readers of a process share one open read-only instance per file and take a cursor each
(cursors may be used from different threads at once).

An open instance holds a shared lock on the file, which keeps writers in other processes out.
It is therefore closed as soon as a writer asks for the file (a marker file that
``Store.writer`` keeps next to the store while it waits and works), when it has been idle for
IDLE_SECONDS, and when the file is replaced. While a writer is at work, readers fall back to a
short-lived connection of their own, as before.
"""

from __future__ import annotations

import atexit
import os
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

import duckdb

IDLE_SECONDS = 2.0
SWEEP_SECONDS = 0.05
MARKER_SUFFIX = ".writer-waiting"
# The other way round: a reader in another process is waiting for a writer that holds the
# file across batches (``dashboard.ingest``), which gives it up when it sees this.
READER_MARKER_SUFFIX = ".reader-waiting"


class _Instance:
    def __init__(self, connection: duckdb.DuckDBPyConnection, token: str) -> None:
        self.connection = connection
        self.token = token
        self.users = 0
        self.last_used = time.monotonic()


_instances: dict[Path, _Instance] = {}
_lock = threading.Condition()
_sweeper: threading.Thread | None = None


def _marker(path: Path, suffix: str = MARKER_SUFFIX) -> Path:
    return path.with_name(f"{path.name}{suffix}.{os.getpid()}")


def writer_waiting(path: Path) -> bool:
    """Whether a live process has said it wants to write ``path``."""
    return _someone_waiting(path, MARKER_SUFFIX)


def reader_waiting(path: Path) -> bool:
    """Whether a reader (in a live process, this one included) is waiting for ``path``."""
    return _someone_waiting(path, READER_MARKER_SUFFIX)


@contextmanager
def waiting_to_read(path: Path):
    """Say, for the block, that this process is waiting to read ``path``."""
    marker = _marker(path, READER_MARKER_SUFFIX)
    marker.touch()
    try:
        yield
    finally:
        marker.unlink(missing_ok=True)


def _someone_waiting(path: Path, suffix: str) -> bool:
    """Whether a live process has left a marker of this kind (stale markers are removed)."""
    prefix = path.name + suffix + "."
    try:
        names = [name for name in os.listdir(path.parent) if name.startswith(prefix)]
    except OSError:
        return False
    for name in names:
        pid = name[len(prefix):]
        if pid.isdigit() and _alive(int(pid)):
            return True
        (path.parent / name).unlink(missing_ok=True)  # left by a process that died
    return False


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextmanager
def writing(path: Path):
    """Say, for the block, that this process wants to write ``path``: warm instances of it (in
    every process) close, and no new ones open until the block ends."""
    marker = _marker(path)
    marker.touch()
    try:
        close(path)
        yield
    finally:
        marker.unlink(missing_ok=True)


def close(path: Path, wait: float = 30.0) -> None:
    """Close this process's warm instance of ``path`` once its current readers are done."""
    deadline = time.monotonic() + wait
    with _lock:
        instance = _instances.get(path)
        while instance is not None and instance.users and time.monotonic() < deadline:
            _lock.wait(0.05)
        instance = _instances.pop(path, None)
    if instance is not None:
        instance.connection.close()


@contextmanager
def cursor(path: Path, token: str, opener: Callable[[], duckdb.DuckDBPyConnection]):
    """A cursor on the warm instance of ``path`` (opened with ``opener`` when there is none or
    the file changed), or None, and the caller connects itself, when a writer is waiting or the
    instance is in flux (a replaced file still being read, another thread opening it)."""
    if writer_waiting(path):
        _close_if_idle(path)
        yield None
        return
    instance = _take(path, token)
    if instance is None:
        if path in _instances:  # the old file is still being read: this query connects apart
            yield None
            return
        opened = _Instance(opener(), token)  # outside the lock: opening may wait for a writer
        with _lock:
            instance = opened if path not in _instances else None
            if instance is not None:
                instance.users = 1
                _instances[path] = instance
                _start_sweeper()
        if instance is None:  # another thread opened one meanwhile
            opened.connection.close()
            yield None
            return
    connection = instance.connection.cursor()
    try:
        yield connection
    finally:
        connection.close()
        with _lock:
            instance.users -= 1
            instance.last_used = time.monotonic()
            _lock.notify_all()


def _take(path: Path, token: str) -> _Instance | None:
    """The warm instance of the current file, counted as in use; a stale idle one is closed."""
    with _lock:
        instance = _instances.get(path)
        if instance is not None and instance.token == token:
            instance.users += 1
            return instance
        if instance is not None and not instance.users:
            del _instances[path]
            instance.connection.close()
    return None


def _close_if_idle(path: Path) -> None:
    with _lock:
        instance = _instances.get(path)
        if instance is None or instance.users:
            return
        del _instances[path]
    instance.connection.close()


def _sweep() -> None:
    while True:
        time.sleep(SWEEP_SECONDS)
        _sweep_once()


def _sweep_once() -> None:
    # A function of its own, so that no DuckDB object stays referenced from the sleeping
    # thread's frame (it would outlive the interpreter's shutdown).
    now = time.monotonic()
    for path, instance in list(_instances.items()):
        if not instance.users and (now - instance.last_used > IDLE_SECONDS or writer_waiting(path)):
            _close_if_idle(path)


@atexit.register
def close_all() -> None:
    """Close every warm instance (at exit, so no DuckDB object outlives the interpreter)."""
    with _lock:
        instances = list(_instances.values())
        _instances.clear()
    for instance in instances:
        instance.connection.close()


def _start_sweeper() -> None:
    global _sweeper
    if _sweeper is None or not _sweeper.is_alive():
        _sweeper = threading.Thread(target=_sweep, name="warm-store-sweeper", daemon=True)
        _sweeper.start()
