"""Ingest on a Dask cluster: workers read and extract shares of the files and stage Parquet;
the driver loads the shares in input order through the normal writer.

Staging layout (``staging`` is a local or shared folder, or a URI pyarrow can write, such as
``s3://bucket/prefix``)::

    STAGING/articles/run=RUN/part-00000.parquet   one row per article read
    STAGING/events/run=RUN/part-00000.parquet     one row per extracted event (see ``rows``)

A share's files become its part; parts are loaded in order, so the store is the one the serial
ingest builds from the same input.
"""

from __future__ import annotations

import logging
import math
import os
import secrets
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

from dashboard.ingest import IngestReport, store_extracted
from dashboard.sources import (
    Article,
    SourceError,
    expand_paths,
    read_file,
    with_published,
)
from dashboard.store import Store

LOCAL_WORKERS = 2
SHARES_PER_WORKER = 4     # enough shares to balance uneven files across workers
MAX_SHARE_FILES = 200     # bounds one worker's memory and the driver's wait for the first part


class DaskIngestError(Exception):
    """The cluster or the staging folder cannot be used; ``str()`` is one line."""


def default_staging(store: Store) -> Path:
    """The staging folder next to the store (``events.duckdb.staging``)."""
    return store.path.with_name(store.path.name + ".staging")


def _absolute(staging: str) -> str:
    """A URI as is, a local folder as an absolute path (workers have their own working folder)."""
    return staging if "://" in staging else str(Path(staging).expanduser().resolve())


def _filesystem(staging: str):
    import pyarrow.fs as pafs

    try:
        return pafs.FileSystem.from_uri(_absolute(staging))
    except (ValueError, OSError) as error:
        raise DaskIngestError(f"staging {staging}: {str(error).splitlines()[0]}") from None


def _part(kind: str, run: str, share: int) -> str:
    return f"{kind}/run={run}/part-{share:05d}.parquet"


def read_share(files: list[str], base: str, published: date | None) -> Iterator[Article | SourceError]:
    """The articles of ``files`` (relative to ``base``), named as the driver names them."""
    for name in files:
        path = Path(base, name)
        try:
            articles, errors = read_file(path)
        except SourceError as error:
            errors, articles = [error], []
        for article in articles:
            yield with_published(replace(article, source=name), published)
        for error in errors:
            yield SourceError(error.source.replace(str(path), name, 1), error.reason, name)


def extract_share(files: list[str], base: str, published: date | None, staging: str, run: str,
                  share: int) -> dict:
    """On a worker: read and extract ``files``, write the share's two Parquet parts.

    Returns counts and the errors as (source, reason, path) tuples (exceptions with extra
    arguments do not survive pickling).
    """
    import pyarrow.parquet as pq

    from dashboard.article_events import article_events
    from dashboard.distributed.rows import articles_table, events_table

    extracted: list[tuple[Article, list]] = []
    errors: list[tuple[str, str, str]] = []
    for item in read_share(files, base, published):
        if isinstance(item, SourceError):
            errors.append((item.source, item.reason, item.path))
        else:
            extracted.append((item, article_events(item)))
    filesystem, root = _filesystem(staging)
    for kind, table in (("articles", articles_table(a for a, _ in extracted)),
                        ("events", events_table(extracted))):
        path = f"{root}/{_part(kind, run, share)}"
        filesystem.create_dir(path.rsplit("/", 1)[0], recursive=True)
        pq.write_table(table, path, filesystem=filesystem)
    return {"files": len(files), "articles": len(extracted), "errors": errors}


def load_share(staging: str, run: str, share: int) -> list:
    """(article, events) pairs of one staged share, in the order they were read."""
    import pyarrow.parquet as pq

    from dashboard.distributed.rows import extracted_from_tables

    filesystem, root = _filesystem(staging)
    articles, events = (pq.read_table(f"{root}/{_part(kind, run, share)}", filesystem=filesystem)
                        for kind in ("articles", "events"))
    return extracted_from_tables(articles, events)


def plan_shares(paths: list[Path], workers: int) -> list[list[str] | SourceError]:
    """The input as shares of file names, with missing paths as errors in their place."""
    items = list(expand_paths(paths))
    n_files = sum(isinstance(item, Path) for item in items)
    size = max(1, min(MAX_SHARE_FILES, math.ceil(n_files / max(1, workers * SHARES_PER_WORKER))))
    plan: list[list[str] | SourceError] = []
    for item in items:
        if isinstance(item, SourceError):
            plan.append(item)
        elif plan and isinstance(plan[-1], list) and len(plan[-1]) < size:
            plan[-1].append(str(item))
        else:
            plan.append([str(item)])
    return plan


class _ShutdownNoise(logging.Filter):
    """Drops asyncio's and tornado's reports of a connection attempt that timed out or closed
    after nobody waited for it any more: under load, a client's shutdown can leave one behind
    (seen once in a CLI ingest that had succeeded), and it would print a traceback to stderr."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        unclaimed = "never retrieved" in record.getMessage() or "after timeout" in record.getMessage()
        return not (unclaimed and isinstance(error, (TimeoutError, OSError)))


def quiet_logs() -> None:
    """One line per error on the command line: no Dask log lines, no shutdown leftovers."""
    logging.getLogger("distributed").setLevel(logging.ERROR)
    for name in ("asyncio", "tornado.application"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, _ShutdownNoise) for f in logger.filters):
            logger.addFilter(_ShutdownNoise())


def connect(scheduler: str | None, workers: int = LOCAL_WORKERS, timeout: float = 10.0):
    """A Dask client of the cluster at ``scheduler``, or of a new local cluster of processes."""
    from distributed import Client, LocalCluster

    if scheduler is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.CRITICAL)
        return Client(cluster, set_as_default=False)
    try:
        _check_address(scheduler)
    except (ValueError, TypeError) as error:
        raise DaskIngestError(f"scheduler {scheduler}: not an address ({error})") from None
    try:
        return Client(scheduler, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as error:
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise DaskIngestError(f"scheduler {scheduler}: cannot be reached ({reason})") from None


def _check_address(address: str) -> None:
    """Refuse a malformed address before a client is half built (its cleanup would be noisy)."""
    from distributed.comm.addressing import parse_address, parse_host_port

    scheme, location = parse_address(address)
    if scheme != "inproc":
        parse_host_port(location)


def ingest_on_dask(store: Store, paths: list[Path], published: date | None = None, *,
                   scheduler: str | None = None, staging: str | Path | None = None,
                   workers: int = LOCAL_WORKERS, keep_staging: bool = False,
                   timeout: float = 10.0, on_file: Callable[[Path], None] | None = None) -> IngestReport:
    """Extract on the cluster, stage Parquet, then store the shares in input order."""
    staging = _absolute(str(staging or default_staging(store)))
    filesystem, root = _filesystem(staging)
    try:
        filesystem.create_dir(root, recursive=True)
    except OSError as error:
        raise DaskIngestError(f"staging {staging}: cannot be written ({str(error).splitlines()[0]})") from None
    run = f"{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{secrets.token_hex(3)}"
    client = connect(scheduler, workers, timeout)
    try:
        n_workers = _wait_for_workers(client, scheduler, timeout)
        plan = plan_shares(list(paths), n_workers)
        futures = [None if isinstance(step, SourceError)
                   else client.submit(extract_share, step, os.getcwd(), published, staging, run, number,
                                      pure=False)
                   for number, step in enumerate(plan)]
        report = IngestReport()
        for number, (step, future) in enumerate(zip(plan, futures)):
            if future is None:
                report.errors.append(step)
                continue
            outcome = _result(future, step)
            report.files_read += outcome["files"]
            store_extracted(store, load_share(staging, run, number), report)
            report.errors.extend(SourceError(*error) for error in outcome["errors"])
            for name in step if on_file else ():
                on_file(Path(name))
    finally:
        cluster = client.cluster
        client.close()
        if cluster is not None and scheduler is None:
            cluster.close()
        if not keep_staging:
            _remove_run(filesystem, root, run)
    return report


def _wait_for_workers(client, scheduler: str | None, timeout: float) -> int:
    """The number of worker threads, once at least one worker is there."""
    try:
        client.wait_for_workers(1, timeout=timeout)
    except (TimeoutError, OSError):
        raise DaskIngestError(f"scheduler {scheduler}: no workers connected after {timeout:g} s") from None
    return sum(client.nthreads().values())


def _remove_run(filesystem, root: str, run: str) -> None:
    """Delete one run's staged parts, and the staging folders they leave empty."""
    import pyarrow.fs as pafs

    local = isinstance(filesystem, pafs.LocalFileSystem)  # never remove a bucket or a prefix
    for folder in (f"{root}/articles/run={run}", f"{root}/events/run={run}",
                   *((f"{root}/articles", f"{root}/events", root) if local else ())):
        try:
            empty = not filesystem.get_file_info(pafs.FileSelector(folder, allow_not_found=True))
            if folder.endswith(f"run={run}") or empty:
                filesystem.delete_dir(folder)
        except OSError:
            pass


def _result(future, files: list[str]) -> dict:
    try:
        return future.result()
    except Exception as error:  # the worker's exception, re-raised here as one line
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise DaskIngestError(f"share starting at {files[0]} failed on the cluster "
                              f"({type(error).__name__}: {reason})") from None
