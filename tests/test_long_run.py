"""The app and an ingest on the same store at once: ``python -m dashboard ingest`` of fresh
copies of the bundled articles in a subprocess while a session keeps using the app. Neither
fails, every copy is new, and the app never shows an exception. The count is kept small for
the suite (``DASHBOARD_LONG_RUN_ARTICLES`` raises it; ``bench/load_sessions.py --long-run``
runs 2,000)."""

from __future__ import annotations

import os
import shutil

from bench.load_sessions import long_run, make_copies, serve
from dashboard import queries
from dashboard.config import BUNDLED_ARTICLES_DIR
from dashboard.store import Store
from tests.conftest import ROOT

# Enough for the ingest to last several page runs with the compiled extractor (about 10 s).
ARTICLES = int(os.environ.get("DASHBOARD_LONG_RUN_ARTICLES", "800"))


def test_app_keeps_serving_while_an_ingest_runs(corpus_store, tmp_path):
    db = tmp_path / "events.duckdb"
    shutil.copy(corpus_store.path, db)
    before = queries.articles(Store(db))
    copies = make_copies(BUNDLED_ARTICLES_DIR, tmp_path / "copies", ARTICLES)
    assert len(copies) == ARTICLES
    with serve(db, log_dir=tmp_path) as server:
        figures = long_run(server, db, tmp_path / "copies", ARTICLES)
        assert server.healthy()
    report = "\n".join(figures.lines())
    (ROOT / "test-output").mkdir(exist_ok=True)
    (ROOT / "test-output" / "long-run.txt").write_text(report + "\n")
    print(report)
    assert figures.ingest_exit == 0, figures.ingest_stderr
    assert figures.ingest_summary.startswith(f"{ARTICLES} articles read, {ARTICLES} new"), report
    assert figures.errors == [], report
    assert figures.client_runs >= 3, f"the app answered too rarely during the ingest\n{report}"
    assert figures.events_after >= figures.events_before > 0, report
    assert len(queries.articles(Store(db))) == len(before) + ARTICLES
