"""Storing: idempotent re-ingest, merging across articles, one transaction per batch, and a
writer and a reader working on one store from two real processes."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from datetime import date

import pytest

from dashboard import queries
from dashboard import writer as writer_module
from dashboard.filters import EventFilter
from dashboard.ingest import build_store, ingest_articles, ingest_paths
from dashboard.sources import make_article
from dashboard.store import Store
from tests.conftest import ROOT, write

VISIT_A = make_article("Chinese President Xi Jinping arrived in Moscow on March 20 for a state visit.",
                       title="Xi arrives", published=date(2023, 3, 20))
VISIT_B = make_article("Xi Jinping is in Moscow this week. Russian President Vladimir Putin hosted Xi "
                       "at the Kremlin on Monday.", title="Xi in Moscow", published=date(2023, 3, 21))
VISIT_LATER = make_article("Chinese President Xi Jinping arrived in Moscow on May 8 for Victory Day.",
                           title="Xi again", published=date(2025, 5, 8))


def table_rows(store: Store, table: str) -> list[tuple]:
    with store.reader() as connection:
        columns = "* EXCLUDE (created_at, updated_at)" if table == "events" else "*"
        if table == "articles":
            columns = "* EXCLUDE (ingested_at)"
        return sorted(connection.execute(f"SELECT {columns} FROM {table}").fetchall(), key=repr)


def test_reingesting_changes_nothing(corpus_store):
    before = {table: table_rows(corpus_store, table) for table in ("articles", "events", "mentions")}
    report = ingest_paths(corpus_store, [ROOT / "data" / "articles"])
    assert (report.articles_new, report.events_added, report.events_merged) == (0, 0, 0)
    assert {table: table_rows(corpus_store, table) for table in before} == before


def test_two_articles_about_one_visit_make_one_event(empty_store):
    ingest_articles(empty_store, [VISIT_A, VISIT_B])
    visits = queries.events(empty_store, EventFilter(types=("visit",)))
    assert len(visits) == 1
    visit = visits.iloc[0]
    assert (visit.actor_country, visit.target_country, visit.n_articles) == ("CHN", "RUS", 2)
    assert visit.event_mode == "state" and str(visit.date_start.date()) == "2023-03-20"
    mentions = queries.event_mentions(empty_store, [visit.event_id])
    assert sorted(mentions["article_id"].unique()) == sorted([VISIT_A.article_id, VISIT_B.article_id])


def test_a_target_one_article_guessed_and_another_states_is_stored_as_stated(empty_store):
    guessed = make_article("Tokyo said on Monday it had lodged a protest through diplomatic channels in Beijing.",
                           title="Protest", published=date(2024, 6, 19))
    stated = make_article("Japan criticised China on Monday for the incursion.", title="Criticism",
                          published=date(2024, 6, 19))
    ingest_articles(empty_store, [guessed])
    assert list(queries.events(empty_store, EventFilter()).target_basis) == ["elimination"]
    ingest_articles(empty_store, [stated])
    [row] = queries.events(empty_store, EventFilter()).itertuples()
    assert (row.target_country, row.n_articles, row.target_basis) == ("CHN", 2, "stated")


def test_visits_months_apart_stay_separate(empty_store):
    ingest_articles(empty_store, [VISIT_A, VISIT_LATER])
    visits = queries.events(empty_store, EventFilter(types=("visit",)))
    assert sorted(visits["date_start"].dt.strftime("%Y-%m-%d")) == ["2023-03-20", "2025-05-08"]
    assert set(visits["n_articles"]) == {1}


def test_a_failing_article_leaves_the_store_as_it_was(empty_store, monkeypatch):
    ingest_articles(empty_store, [VISIT_A])
    before = {table: table_rows(empty_store, table) for table in ("articles", "events", "mentions")}
    original = writer_module._Batch._insert_table

    def crash_on_mentions(self, table, frame, extra=""):
        if table == "mentions":  # the article and its events are already written by now
            raise RuntimeError("disk on fire")
        return original(self, table, frame, extra)

    monkeypatch.setattr(writer_module._Batch, "_insert_table", crash_on_mentions)
    two_events = make_article("Putin met Kim Jong Un in Pyongyang on June 19. Japan condemned North Korea.",
                              published=date(2024, 6, 19))
    with pytest.raises(RuntimeError):
        ingest_articles(empty_store, [two_events])
    assert {table: table_rows(empty_store, table) for table in before} == before


def test_bad_files_are_reported_and_the_rest_stored(empty_store, tmp_path):
    folder = tmp_path / "in"
    write(folder / "good.txt", VISIT_A.text)
    write(folder / "notes.pdf", "x")
    (folder / "empty.md").write_text("")
    report = ingest_paths(empty_store, [folder, tmp_path / "missing.txt"])
    assert report.articles_new == 1 and report.files_failed == 3
    assert queries.counts(empty_store, EventFilter())["events"] >= 1


READER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from dashboard import queries
    from dashboard.filters import EventFilter
    from dashboard.store import Store
    store, stop = Store(sys.argv[1]), Path(sys.argv[2])
    queries_run = errors = 0
    while not stop.exists() or queries_run < 5:
        try:
            queries.events(store, EventFilter(countries=("RUS",)))
            queries.counts(store, EventFilter())
            queries_run += 1
        except Exception as error:
            errors += 1
            print("reader error:", error, file=sys.stderr)
        time.sleep(0.02)
    print(queries_run, errors)
""")


def test_app_reads_while_an_ingest_writes_from_another_process(tmp_path):
    store = Store(tmp_path / "shared.duckdb")
    ingest_articles(store, [VISIT_A])
    folder = tmp_path / "many"
    corpus = sorted((ROOT / "data" / "articles").glob("*"))
    for copy in range(3):
        for path in corpus:
            write(folder / f"{copy}-{path.name}", path.read_text(encoding="utf-8") + f"\n\nCopy {copy}.\n")
    stop = tmp_path / "stop"
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    reader = subprocess.Popen([sys.executable, "-c", READER, str(store.path), str(stop)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    time.sleep(0.5)
    writer = subprocess.run([sys.executable, "-m", "dashboard", "ingest", str(folder), "--db", str(store.path)],
                            capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    stop.touch()
    out, err = reader.communicate(timeout=60)
    assert writer.returncode == 0, writer.stderr
    queries_run, errors = map(int, out.split())
    assert errors == 0, err
    assert queries_run >= 5
    assert f"{len(corpus) * 3} articles read, {len(corpus) * 3} new" in writer.stdout
    assert queries.counts(store, EventFilter())["articles"] > len(corpus)


def test_the_writer_looks_at_exactly_the_stored_events_a_report_can_reach():
    """The batch index by start day finds the same candidates as testing every stored event of
    the pair: both undated, or days overlapping the report's widened by the match window."""
    import random
    from datetime import timedelta
    from types import SimpleNamespace

    window = writer_module.MATCH_WINDOW_DAYS
    rng = random.Random(7)
    origin = date(2024, 1, 1)
    spans = (0, 0, 1, 2, 6, 30, 31, 32, 90, 365)

    def stored(order: int) -> SimpleNamespace:
        if rng.random() < 0.1:
            return SimpleNamespace(order=order, date_start=None, date_end=None)
        start = origin + timedelta(days=rng.randrange(0, 700))
        return SimpleNamespace(order=order, date_start=start, date_end=start + timedelta(days=rng.choice(spans)))

    def reaches(row: SimpleNamespace, report: SimpleNamespace) -> bool:
        if report.date_start is None or row.date_start is None:
            return report.date_start is None and row.date_start is None
        return (row.date_start <= (report.date_end or report.date_start) + timedelta(days=window)
                and row.date_end >= report.date_start - timedelta(days=window))

    pair = ("visit", "RUS", "PRK")
    rows = [stored(order) for order in range(400)]
    index = writer_module._Candidates()
    index.extend((pair, row) for row in rows[:300])
    for row in rows[300:]:
        index.add(pair, row)
    for _ in range(300):
        report = stored(-1)
        found = sorted(row.order for _, row in index.near(pair, report))
        assert found == [row.order for row in rows if reaches(row, report)]
    assert index.near(("visit", "RUS", "CHN"), report) == []


def test_first_start_on_an_empty_articles_folder_builds_an_empty_store(tmp_path):
    target = tmp_path / "store" / "events.duckdb"
    (tmp_path / "articles").mkdir()
    report = build_store(target, tmp_path / "articles")
    assert target.exists() and not report.errors
    assert Store(target).frame("SELECT count(*) AS n FROM events").n[0] == 0
