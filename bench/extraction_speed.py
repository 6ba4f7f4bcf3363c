"""Extraction speed on one core: articles per second and MB per second.

    python bench/extraction_speed.py [--rounds 5] [--synthetic N]

Each round extracts every bundled article once (or N generated articles of about 5 KB, from
bench/synth_articles.py); the lexicon is built before timing, and the figure is the median of
the rounds. With the compiled extractor installed, the same articles are then run through the
plain-Python modules (DASHBOARD_PURE_PYTHON=1, in a second process) and the ratio is printed.
The process's CPU time is printed too: on a shared machine, wall time also counts the moments
other work held the core, CPU time does not.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import dashboard.extract  # noqa: E402
from dashboard.article_events import article_events  # noqa: E402
from dashboard.config import BUNDLED_ARTICLES_DIR  # noqa: E402
from dashboard.extract.lexicon import lexicon  # noqa: E402
from dashboard.sources import read_file  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--synthetic", type=int, default=0, metavar="N",
                        help="measure on N generated articles of about 5 KB instead of the bundled corpus")
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)  # the plain-Python run's articles
    args = parser.parse_args()
    generated = None
    if args.folder:
        paths = sorted(args.folder.iterdir())
    elif args.synthetic:
        import tempfile

        from synth_articles import write as write_articles

        args.folder = generated = Path(tempfile.mkdtemp(prefix="extraction-speed-"))
        write_articles(args.folder, args.synthetic)
        paths = sorted(args.folder.iterdir())
    else:
        paths = sorted(BUNDLED_ARTICLES_DIR.iterdir())
    articles = [article for path in paths for article in read_file(path)[0]]
    size = sum(len(article.text.encode("utf-8")) for article in articles)
    started = time.perf_counter()
    lexicon()
    build_seconds = time.perf_counter() - started
    timings, cpu_timings, events = [], [], 0
    for _ in range(args.rounds):
        started, cpu_started = time.perf_counter(), time.process_time()
        events = sum(len(article_events(article)) for article in articles)
        timings.append(time.perf_counter() - started)
        cpu_timings.append(time.process_time() - cpu_started)
    median, cpu_median = statistics.median(timings), statistics.median(cpu_timings)
    print(f"extractor: {dashboard.extract.BUILD}")
    print(f"{len(articles)} articles, {size / 1024:.0f} KB ({size / len(articles) / 1024:.1f} KB each), "
          f"{events} events per round")
    print(f"lexicon build (once per process): {build_seconds:.2f} s")
    print(f"median of {args.rounds} rounds: {median:.3f} s -> {len(articles) / median:.0f} articles/s, "
          f"{size / median / 1e6:.2f} MB/s on one core")
    # CPU time leaves out the waits while other work holds the core: steadier on a shared machine
    print(f"median CPU time: {cpu_median:.3f} s -> {len(articles) / cpu_median:.0f} articles per CPU second, "
          f"{size / cpu_median / 5000:.0f} articles of 5 KB")
    if dashboard.extract.NATIVE:
        command = [sys.executable, __file__, "--rounds", str(args.rounds)]
        command += ["--folder", str(args.folder)] if args.folder else []
        plain = subprocess.run(command, capture_output=True, text=True, check=True,
                               env={**os.environ, "DASHBOARD_PURE_PYTHON": "1"}).stdout
        print("\nthe same articles, same rounds, plain Python:\n" + plain.rstrip())
        plain_seconds = float(re.search(r"rounds: ([\d.]+) s", plain).group(1))
        print(f"compiled / plain Python: {plain_seconds / median:.2f}x")
    if generated is not None:
        shutil.rmtree(generated)
    return 0


if __name__ == "__main__":
    sys.exit(main())
