"""A folder of broken inputs mixed with good articles, through the real CLI and through the API.

Every bad input gives one line naming it and the reason, every good article is stored, the
store stays whole, and a second run adds nothing.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import tracemalloc
from pathlib import Path

import duckdb
import pytest

from dashboard import queries
from dashboard.filters import EventFilter
from dashboard.ingest import ingest_paths
from dashboard.sources import MAX_FILE_BYTES, SourceError, expand_paths, read_file
from dashboard.store import Store
from tests import broken_files
from tests.conftest import ROOT, write

TABLES = ("articles", "events", "mentions")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> broken_files.Corpus:
    corpus = broken_files.build(tmp_path_factory.mktemp("broken") / "in")
    yield corpus
    broken_files.unlock(corpus)
    broken_files.huge_file(corpus).unlink(missing_ok=True)  # do not keep 100 MB in /tmp


def ingest_cli(folder: Path, db: Path) -> subprocess.CompletedProcess:
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-m", "dashboard", "ingest", str(folder), "--db", str(db), "--quiet"],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=300, check=False)


def failure_lines(stderr: str) -> list[tuple[str, str]]:
    """(source, reason) of every stderr line; a line not shaped 'failed: SOURCE: reason' fails the test."""
    lines = []
    for line in stderr.splitlines():
        assert line.startswith("failed: "), f"unexpected stderr line: {line!r}"
        source, _, reason = line.removeprefix("failed: ").partition(": ")
        lines.append((source, reason))
    return lines


def table_counts(db: Path) -> dict[str, int]:
    if not db.exists():  # the run died before storing anything; the tests then say how
        return dict.fromkeys(TABLES, 0)
    with duckdb.connect(str(db), read_only=True) as connection:
        return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}


def stored_articles(db: Path) -> dict[str, tuple]:
    with duckdb.connect(str(db), read_only=True) as connection:
        rows = connection.execute("SELECT title, text, published FROM articles").fetchall()
    return {title: (text, published) for title, text, published in rows}


@pytest.fixture(scope="module")
def cli_runs(corpus, tmp_path_factory):
    """The CLI over the folder twice, into one new store: (db, first run, counts after it, second run)."""
    db = tmp_path_factory.mktemp("cli") / "events.duckdb"
    first = ingest_cli(corpus.folder, db)
    counts = table_counts(db)
    second = ingest_cli(corpus.folder, db)
    return db, first, counts, second


# -- the command line ----------------------------------------------------------------------

def test_each_bad_input_gives_one_line_naming_it_and_the_reason(corpus, cli_runs):
    _, first, _, _ = cli_runs
    lines = failure_lines(first.stderr)
    sources = [source for source, _ in lines]
    assert sorted(sources) == sorted(corpus.bad), "one line per bad file (and per bad JSON line)"
    for source, reason in lines:
        assert corpus.bad[source] in reason, (source, reason)


def test_partial_failure_exits_1_without_a_traceback(corpus, cli_runs):
    _, first, _, second = cli_runs
    for run in (first, second):
        assert run.returncode == 1  # documented: some inputs failed, the rest is stored
        assert "Traceback" not in run.stdout + run.stderr
        assert "Error" not in run.stderr  # no exception class names leak into the reasons
    summary = first.stdout.strip()
    assert re.fullmatch(rf"{len(corpus.good)} articles read, {len(corpus.good)} new, \d+ events added, "
                        rf"\d+ merged into existing events, {len(corpus.failed_files)} files failed", summary)


def test_every_good_article_is_stored(corpus, cli_runs):
    db, _, _, _ = cli_runs
    stored = stored_articles(db)
    assert sorted(stored) == sorted(corpus.good)  # all of them, and nothing made of garbage
    for title, phrase in corpus.good.items():
        text, published = stored[title]
        assert phrase in text, title
        expected = corpus.published[title]
        assert (published.isoformat() if published else None) == expected, title


def test_latin1_is_read_as_text_and_html_without_scripts(cli_runs):
    db, _, _, _ = cli_runs
    stored = stored_articles(db)
    latin, _ = stored["Le président Macron à Pékin"]
    assert "visite d’État" in latin and "Ã" not in latin
    html, _ = stored["Scholz in Beijing"]
    assert "SCRIPT-NOISE" not in html and "STYLE-NOISE" not in html and "tracker" not in html
    feed_text, _ = stored["Feed: dated"]
    assert "alert(1)" not in feed_text


def test_store_is_whole_after_the_run(cli_runs):
    db, _, counts, _ = cli_runs
    assert counts["events"] > 0
    shown = queries.events(Store(db), EventFilter())  # the app's own query opens it
    assert 0 < len(shown) <= counts["events"]  # the default filter may hide doubtful events
    with duckdb.connect(str(db), read_only=True) as connection:
        orphans = connection.execute(
            "SELECT (SELECT count(*) FROM mentions WHERE event_id NOT IN (SELECT event_id FROM events)),"
            "       (SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT article_id FROM articles)),"
            "       (SELECT count(*) FROM events WHERE article_id NOT IN (SELECT article_id FROM articles))"
        ).fetchone()
    assert orphans == (0, 0, 0)


def test_second_run_adds_nothing(corpus, cli_runs):
    db, first, counts, second = cli_runs
    assert second.stdout.startswith(f"{len(corpus.good)} articles read, 0 new, 0 events added, 0 merged")
    assert sorted(failure_lines(second.stderr)) == sorted(failure_lines(first.stderr))
    assert table_counts(db) == counts


# -- the Python API ------------------------------------------------------------------------

def test_ingest_paths_reports_every_bad_input(corpus, tmp_path):
    report = ingest_paths(Store(tmp_path / "api.duckdb"), [corpus.folder])
    assert {error.source: error.reason for error in report.errors}.keys() == corpus.bad.keys()
    for error in report.errors:
        assert corpus.bad[error.source] in error.reason
        assert "\n" not in str(error)
    jsonl = str(corpus.folder / "wire.jsonl")
    assert sorted(e.source for e in report.errors if e.path == jsonl) == [
        f"{jsonl} line {n}" for n in (2, 3, 6, 7)]
    assert report.files_failed == len(corpus.failed_files)
    assert (report.articles_read, report.articles_new) == (len(corpus.good), len(corpus.good))

    again = ingest_paths(Store(tmp_path / "api.duckdb"), [corpus.folder])
    assert (again.articles_new, again.events_added, again.events_merged) == (0, 0, 0)
    assert len(again.errors) == len(report.errors)


def test_huge_file_is_refused_without_being_loaded(corpus):
    huge = broken_files.huge_file(corpus)
    assert huge.stat().st_size == broken_files.HUGE_MB * 1024 * 1024
    tracemalloc.start()
    try:
        with pytest.raises(SourceError) as caught:
            read_file(huge)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert f"the limit is {MAX_FILE_BYTES // (1024 * 1024)} MB" in str(caught.value)
    assert peak < 1024 * 1024, f"reading a refused file allocated {peak / 1e6:.1f} MB"


def test_unreadable_file_is_reported(corpus):
    if "unreadable file" in corpus.skipped:
        pytest.skip(corpus.skipped["unreadable file"])
    path = str(corpus.folder / "locked.txt")
    with pytest.raises(SourceError, match="permission denied"):
        read_file(Path(path))


def test_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    pipe = tmp_path / "feed.txt"
    os.mkfifo(pipe)
    outcome: list = []
    reader = threading.Thread(target=lambda: outcome.append(_error_of(pipe)), daemon=True)
    reader.start()
    reader.join(timeout=5)
    assert outcome == [f"{pipe}: not a regular file"]


def _error_of(path: Path) -> str:
    try:
        read_file(path)
    except SourceError as error:
        return str(error)
    return "read"


def test_linked_folders_are_followed_once(tmp_path):
    write(tmp_path / "elsewhere" / "a.txt", "Putin met Kim.")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "one").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    (tmp_path / "in" / "two").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    found = [item for item in expand_paths([tmp_path / "in"])]
    assert [str(Path(p).relative_to(tmp_path)) for p in found] == ["in/one/a.txt"]
