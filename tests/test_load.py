"""Twenty sessions of the real app at once (``streamlit run`` on the bundled store), each
opening every page and setting and clearing a filter: no session sees an error, and the
server's memory grows by a bounded amount per session. ``bench/load_sessions.py`` runs the
longer version and prints the figures."""

from __future__ import annotations

from bench.load_sessions import load, serve
from tests.conftest import ROOT

SESSIONS = 20
MB_PER_SESSION_LIMIT = 60.0


def test_twenty_concurrent_sessions_without_errors_or_runaway_memory(corpus_store, tmp_path):
    with serve(corpus_store.path, log_dir=tmp_path) as server:
        figures = load(server, SESSIONS, rounds=1)
        assert server.healthy()
    report = "\n".join(figures.lines())
    (ROOT / "test-output").mkdir(exist_ok=True)
    (ROOT / "test-output" / "load.txt").write_text(report + "\n")
    print(report)
    assert figures.errors == [], report
    assert figures.mb_per_session < MB_PER_SESSION_LIMIT, report
    assert figures.rss_peak_mb < figures.rss_baseline_mb + SESSIONS * MB_PER_SESSION_LIMIT, report
