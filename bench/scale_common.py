"""Shared by the scale benchmarks: the big synthetic store, free ports, percentiles, tables."""

from __future__ import annotations

import os
import socket
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dashboard import synth

DEFAULT_DB = Path(os.environ.get("BENCH_DB", "/tmp/bench-scale/events-1m.duckdb"))


def ensure_store(path: Path, events: int) -> Path:
    """The synthetic store at ``path``, built with ``events`` events when missing."""
    if not path.exists():
        started = time.perf_counter()
        print(synth.main(path, events), file=sys.stderr)
        print(f"(built in {time.perf_counter() - started:.1f} s)", file=sys.stderr)
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def p50_p95(seconds: list[float]) -> tuple[float, float]:
    """Median and 95th percentile in milliseconds."""
    values = np.array(seconds) * 1000
    return float(np.percentile(values, 50)), float(np.percentile(values, 95))


def table(headers: list[str], rows: list[list]) -> str:
    """A Markdown table (also readable as plain text)."""
    cells = [[str(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    line = lambda parts: "| " + " | ".join(p.ljust(w) for p, w in zip(parts, widths)) + " |"
    return "\n".join([line(headers), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(line, cells)])


def load_note() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} cores"
