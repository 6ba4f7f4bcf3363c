"""Page speed at scale: server-side run of every page, chart payloads, cold start, peak memory.

    python bench/pages.py [--db FILE] [--events 1000000] [--runs 5]

- Page runs: the real ``app.py`` through Streamlit's AppTest with ``DASHBOARD_DB`` on the big
  store, in a child process. "cold" clears Streamlit's data cache before each run (the first
  visit with a new filter or after an ingest); "warm" reruns with the cache filled (a widget
  click). The default filter (every event) is the heaviest one.
- Payloads: the JSON of the map (pydeck) and the timeline and activity charts (plotly), as the
  pages build them.
- Cold start: ``streamlit run app.py`` headless on a free port until ``/_stcore/health``
  answers, plus the first page's run in a fresh process (imports, store checks, queries).
- Peak memory: the largest resident size of the process that ran every page (psutil), and
  of the Streamlit server.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale_common import DEFAULT_DB, ensure_store, free_port, load_note, p50_p95, table

ROOT = Path(__file__).resolve().parents[1]
# Each page with no filter (every event, the heaviest case) and with a typical one.
PAGES = [
    ("overview", "overview", {}), ("overview, one country", "overview", {"country": "PRK"}),
    ("timeline", "timeline", {}), ("timeline, visits in 2024", "timeline",
                                   {"type": "visit", "since": "2024-01-01", "until": "2024-12-31"}),
    ("map", "map", {}), ("map, one country", "map", {"country": "RUS"}),
    ("country profile", "country", {"code": "CHN"}),
    ("relations", "relations", {}), ("relations, a pair", "relations", {"country": ["PRK", "RUS"], "role": "pair"}),
    ("trips", "trips", {}), ("trips, one country", "trips", {"country": "USA", "role": "actor"}),
    ("events", "events", {}), ("events, text search", "events", {"q": "pyongyang"}),
    ("event detail", "event", {"event": None}),
    ("sources", "sources", {}), ("add_articles", "add_articles", {}),
]


def child(runs: int) -> dict:
    """Run in the child: time each page through AppTest; report timings and peak memory."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    from dashboard import figures
    from dashboard.filters import EventFilter
    from dashboard.ui import data

    store = data.current_store()
    some_event = store.frame("SELECT event_id FROM events ORDER BY n_articles DESC LIMIT 1").event_id[0]

    def run_page(page: str, params: dict, cold: bool) -> float:
        app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
        for key, value in params.items():
            app.query_params[key] = some_event if value is None else value
        app.run()  # a session on the default page first, as in the browser
        if cold:
            st.cache_data.clear()
        started = time.perf_counter()
        app.switch_page(f"dashboard/pages/{page}.py").run()
        elapsed = time.perf_counter() - started
        if app.exception:
            raise SystemExit(f"{page}: {app.exception[0].value}")
        return elapsed

    started = time.perf_counter()
    AppTest.from_file(str(ROOT / "app.py"), default_timeout=300).run()
    first = time.perf_counter() - started
    result = {"first_run": first, "cold": {}, "warm": {}}
    for label, page, params in PAGES:
        cold, warm = [], []
        for _ in range(runs):
            cold.append(run_page(page, params, cold=True))
            warm.append(run_page(page, params, cold=False))
        result["cold"][label], result["warm"][label] = cold, warm
    db, version, everything = str(store.path), store.version(), EventFilter()
    arcs, places = data.visit_arcs(db, version, everything), data.locations(db, version, everything)
    frame = data.events(db, version, everything, 5000)
    activity = data.activity(db, version, everything, "week")
    result["payloads"] = {
        "map (pydeck JSON)": len(figures.visit_map(arcs, places).to_json().encode()),
        "timeline (plotly JSON, latest 5,000)": len(figures.timeline(frame).to_json().encode()),
        "activity per week (plotly JSON)": len(figures.activity(activity).to_json().encode()),
    }
    result["peak_rss"] = psutil.Process().memory_info().rss
    try:
        import resource
        result["peak_rss"] = max(result["peak_rss"], resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
    except ImportError:
        pass
    return result


def server_start(db: Path) -> tuple[float, int]:
    """Seconds until a headless ``streamlit run app.py`` answers its health check; its RSS."""
    port = free_port()
    env = {**os.environ, "DASHBOARD_DB": str(db)}
    command = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true",
               "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1).read()
                break
            except OSError:
                if time.perf_counter() - started > 120 or process.poll() is not None:
                    raise SystemExit("streamlit did not start") from None
                time.sleep(0.05)
        ready = time.perf_counter() - started
        urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10).read()
        rss = psutil.Process(process.pid).memory_info().rss
        return ready, rss
    finally:
        process.terminate()
        process.wait(timeout=20)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.runs)))
        return 0
    db = ensure_store(args.db, args.events)
    ready, server_rss = server_start(db)
    env = {**os.environ, "DASHBOARD_DB": str(db)}
    process = psutil.Popen([sys.executable, __file__, "--child", "--runs", str(args.runs), "--db", str(db)],
                           cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    peak = 0
    while process.poll() is None:  # sample the child's memory as well as its own report
        try:
            peak = max(peak, process.memory_info().rss)
        except psutil.NoSuchProcess:
            break
        time.sleep(0.05)
    output = process.stdout.read()
    if process.returncode:
        raise SystemExit(f"page runs failed (exit {process.returncode})")
    result = json.loads(output.strip().splitlines()[-1])
    peak = max(peak, result["peak_rss"])
    rows, ok = [], True
    for page, _, _ in PAGES:
        cold, warm = p50_p95(result["cold"][page]), p50_p95(result["warm"][page])
        ok &= cold[0] <= 500 and cold[1] <= 1000
        rows.append([page, f"{cold[0]:.0f}", f"{cold[1]:.0f}", f"{warm[0]:.0f}", f"{warm[1]:.0f}"])
    print(f"{db}: {args.runs} runs per page, with no filter and with a typical one; {load_note()}")
    print(table(["page", "cold p50 ms", "cold p95 ms", "warm p50 ms", "warm p95 ms"], rows))
    print(f"every page cold p50 <= 500 ms and p95 <= 1 s: {'yes' if ok else 'no'}")
    print()
    print(table(["payload", "bytes", "< 2 MB"],
                [[name, f"{size:,}", "yes" if size < 2e6 else "no"] for name, size in result["payloads"].items()]))
    print()
    first = result["first_run"]
    print(table(["cold start", "seconds"], [
        ["streamlit run until /_stcore/health answers", f"{ready:.2f}"],
        ["first page run in a fresh process (imports, queries)", f"{first:.2f}"],
        ["total (<= 5 s)", f"{ready + first:.2f}"]]))
    print()
    print(table(["memory", "MB"], [["peak RSS of the process that ran every page (<= 1,500)", f"{peak / 1e6:.0f}"],
                                   ["Streamlit server after start", f"{server_rss / 1e6:.0f}"]]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
