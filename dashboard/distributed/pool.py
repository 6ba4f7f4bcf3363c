"""Extraction in a local process pool, results handed back in input order.

The writer stays single and in the caller's process; only extraction (``article_events``) runs
in the workers. A bounded window of chunks is in flight at a time, so memory stays flat on large
archives and the writer stores articles in exactly the order they were read. Workers start
from a fork server (safe in a process with threads), so a script that calls this needs the
usual ``if __name__ == "__main__":`` guard.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from dashboard.extract.model import ExtractedEvent
from dashboard.sources import Article, SourceError

CHUNK_ARTICLES = 8          # articles per task: large enough to amortise pickling
CHUNKS_PER_WORKER = 64      # tasks in flight per worker: enough for the pool to go on while a batch is written


def _extract_chunk(articles: list[Article]) -> list[list[ExtractedEvent]]:
    from dashboard.article_events import article_events

    return [article_events(article) for article in articles]


def _warm_up() -> None:
    from dashboard.extract.lexicon import lexicon

    lexicon()
    # The dictionaries live as long as the worker: out of the collector's sight, a full
    # collection no longer walks their hundreds of thousands of objects.
    gc.freeze()


def _chunks(items: Iterable[Article | SourceError]) -> Iterator[list[Article | SourceError]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, CHUNK_ARTICLES)):
        yield chunk


def extract_in_pool(items: Iterable[Article | SourceError], workers: int
                    ) -> Iterator[tuple[Article, list[ExtractedEvent]] | SourceError]:
    """(article, events) for every article and each error as is, in input order."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["dashboard.extract.pipeline"])
    window: deque[tuple[list[Article | SourceError], Future]] = deque()
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_warm_up) as pool:
        try:
            for chunk in _chunks(items):
                articles = [item for item in chunk if isinstance(item, Article)]
                window.append((chunk, pool.submit(_extract_chunk, articles)))
                if len(window) >= workers * CHUNKS_PER_WORKER:
                    yield from _results(*window.popleft())
            while window:
                yield from _results(*window.popleft())
        finally:
            for _, future in window:  # the caller stopped early: drop the work not started
                future.cancel()


def _results(chunk: list[Article | SourceError], future: Future
             ) -> Iterator[tuple[Article, list[ExtractedEvent]] | SourceError]:
    extracted = iter(future.result())
    for item in chunk:
        yield item if isinstance(item, SourceError) else (item, next(extracted))
