"""Ingest into a big store: articles per second, with merging, using both cores.

    python bench/ingest.py [--db FILE] [--articles 10000] [--runs 3] [--workers 2]

Each run copies the synthetic store of a million events (built by ``python -m dashboard
synth`` when missing), then times ``python -m dashboard ingest FOLDER --workers 2`` of
generated articles of about 5 KB (bench/synth_articles.py) into the copy, as a separate
process, from start to exit: reading, extraction in two processes, the batch writer merging
with the million stored events, and the final checkpoint. The figure is the median of the runs.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale_common import DEFAULT_DB, ensure_store, load_note
from synth_articles import write as write_articles

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    ensure_store(args.db, args.events)
    work = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
    try:
        folder = work / "articles"
        write_articles(folder, args.articles, seed=23)
        size = sum(path.stat().st_size for path in folder.iterdir())
        timings, summary = [], ""
        for run in range(args.runs):
            target = work / f"run-{run}.duckdb"
            shutil.copy(args.db, target)
            started = time.perf_counter()
            result = subprocess.run([sys.executable, "-m", "dashboard", "ingest", str(folder), "--db", str(target),
                                     "--quiet", "--workers", str(args.workers)],
                                    cwd=ROOT, capture_output=True, text=True)
            timings.append(time.perf_counter() - started)
            if result.returncode:
                raise SystemExit(f"ingest failed: {result.stderr.strip()}")
            summary = result.stdout.strip()
            target.unlink()
        median = statistics.median(timings)
        print(f"{args.articles:,} articles of {size / args.articles / 1024:.1f} KB into a copy of {args.db} "
              f"({args.events:,} events), --workers {args.workers}; {args.runs} runs; {load_note()}")
        print(f"last run: {summary}")
        print(f"median {median:.1f} s (runs: {', '.join(f'{t:.1f}' for t in timings)}) -> "
              f"{args.articles / median:.0f} articles/s, {size / median / 1e6:.2f} MB/s")
        print(f"10,000 articles within 60 s: {'yes' if median * 10_000 / args.articles <= 60 else 'no'}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
