"""The store over its life: migration of an older schema, dump and restore, and a killed ingest."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from conftest import ROOT

from dashboard.backup import BackupError, dump, restore
from dashboard.config import BUNDLED_ARTICLES_DIR
from dashboard.store import SCHEMA_VERSION, HeldWriter, Store, StoreError

V1_SCHEMA = Path(__file__).parent / "fixtures" / "schema_v1.sql"
V3_SCHEMA = Path(__file__).parent / "fixtures" / "schema_v3.sql"
TABLES = ("articles", "events", "mentions")


def table(store: Store, name: str) -> pd.DataFrame:
    frame = store.frame(f"SELECT * FROM {name}")
    return frame.sort_values(list(frame.columns[:2])).reset_index(drop=True)


def make_old_store(path: Path, corpus_store: Store, schema: Path = V1_SCHEMA) -> None:
    """A store as an older version of the tool wrote it (version 1 unless ``schema`` says), holding
    the corpus's rows in the columns that version had."""
    connection = duckdb.connect(str(path))
    connection.execute(schema.read_text())
    connection.execute(f"ATTACH '{corpus_store.path}' AS corpus (READ_ONLY)")
    for name in TABLES:
        columns = [row[0] for row in connection.execute(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_catalog = current_database() AND table_name = ? ORDER BY ordinal_position",
            [name]).fetchall()]
        connection.execute(f"INSERT INTO {name} SELECT {', '.join(columns)} FROM corpus.{name}")
    connection.close()


def test_a_version_1_store_is_migrated_on_open_and_keeps_every_row(tmp_path, corpus_store):
    old = Store(tmp_path / "old.duckdb")
    make_old_store(old.path, corpus_store)

    events = table(old, "events")  # the first read migrates

    assert old.frame("SELECT value FROM meta WHERE key = 'schema_version'").value[0] == str(SCHEMA_VERSION)
    assert set(events.review_status) == {"auto"}
    assert events.target_basis.isna().all()  # not recorded then, and not made up now
    expected = table(corpus_store, "events").drop(columns=["review_status", "target_basis"])
    pd.testing.assert_frame_equal(events.drop(columns=["review_status", "target_basis"]), expected)
    for name in ("articles", "mentions"):
        pd.testing.assert_frame_equal(table(old, name), table(corpus_store, name))
    assert old.frame("SELECT count(*) AS n FROM reviews").n[0] == 0


def test_a_version_3_store_gains_the_target_basis_and_keeps_every_row(tmp_path, corpus_store):
    old = Store(tmp_path / "v3.duckdb")
    make_old_store(old.path, corpus_store, V3_SCHEMA)
    first, second = corpus_store.frame("SELECT event_id FROM events ORDER BY event_id LIMIT 2").event_id
    connection = duckdb.connect(str(old.path))  # a reviewer changed one event's target, another's place
    for event_id, changes in ((first, {"target_country": ["CHN", "KOR"]}), (second, {"place": ["Oslo", "Bergen"]})):
        connection.execute("INSERT INTO reviews VALUES (?, 'edited', ?, NULL, NULL, TIMESTAMP '2024-06-20 10:00')",
                           [event_id, json.dumps(changes)])
    connection.close()

    events = table(old, "events")  # the first read migrates

    assert old.frame("SELECT value FROM meta WHERE key = 'schema_version'").value[0] == str(SCHEMA_VERSION)
    assert list(events.columns) == list(table(corpus_store, "events").columns)
    basis = events.set_index("event_id").target_basis
    assert basis[first] == "analyst"  # the reviews tell who set it
    assert basis.drop(first).isna().all()  # the others were not recorded, and are not made up
    expected = table(corpus_store, "events").drop(columns="target_basis")
    pd.testing.assert_frame_equal(events.drop(columns="target_basis"), expected)
    for name in ("articles", "mentions"):
        pd.testing.assert_frame_equal(table(old, name), table(corpus_store, name))
    assert len(table(old, "reviews")) == 2


def test_a_store_from_a_newer_version_is_refused_in_one_line(tmp_path, corpus_store):
    newer = tmp_path / "newer.duckdb"
    shutil.copy(corpus_store.path, newer)
    connection = duckdb.connect(str(newer))
    connection.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    connection.close()
    with pytest.raises(StoreError, match=r"newer\.duckdb: written by a newer version .*schema 99"):
        Store(newer).frame("SELECT count(*) FROM events")


def test_dump_and_restore_round_trip_every_table(tmp_path, corpus_store):
    folder = tmp_path / "dump"
    manifest = dump(corpus_store, folder)
    assert manifest["schema_version"] == SCHEMA_VERSION
    assert manifest["tables"]["events"] == len(table(corpus_store, "events"))
    assert json.loads((folder / "manifest.json").read_text())["tables"] == manifest["tables"]

    copy = Store(tmp_path / "restored.duckdb")
    restore(folder, copy.path)
    for name in (*TABLES, "reviews", "meta"):
        pd.testing.assert_frame_equal(table(copy, name), table(corpus_store, name))


def test_a_dump_from_version_3_restores_with_the_reviewers_targets_marked(tmp_path, corpus_store):
    old = tmp_path / "v3.duckdb"
    make_old_store(old, corpus_store, V3_SCHEMA)
    folder = tmp_path / "dump"
    folder.mkdir()
    connection = duckdb.connect(str(old))  # dumped as version 3 did: every table, as it was
    first = connection.execute("SELECT min(event_id) FROM events").fetchone()[0]
    connection.execute("INSERT INTO reviews VALUES (?, 'edited', ?, NULL, NULL, TIMESTAMP '2024-06-20 10:00')",
                       [first, json.dumps({"target": ["North Korea", "Kim Jong Un"]})])
    counts = {}
    for name in ("meta", *TABLES, "reviews"):
        connection.execute(f"COPY {name} TO '{folder / name}.parquet' (FORMAT PARQUET)")
        counts[name] = connection.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
    connection.close()
    (folder / "manifest.json").write_text(json.dumps({"schema_version": 3, "tables": counts}))

    restored = Store(tmp_path / "restored.duckdb")
    restore(folder, restored.path)

    basis = restored.frame("SELECT event_id, target_basis FROM events").set_index("event_id").target_basis
    assert len(basis) == counts["events"]
    assert basis[first] == "analyst" and basis.drop(first).isna().all()


def test_restore_refuses_to_overwrite_and_keeps_the_old_store_on_a_damaged_dump(tmp_path, corpus_store):
    folder = tmp_path / "dump"
    dump(corpus_store, folder)
    target = tmp_path / "events.duckdb"
    shutil.copy(corpus_store.path, target)
    before = table(Store(target), "events")

    with pytest.raises(BackupError, match="already exists .*--force"):
        restore(folder, target)
    (folder / "mentions.parquet").write_bytes(b"not parquet at all")
    with pytest.raises(BackupError, match=r"dump: cannot be restored"):
        restore(folder, target, force=True)

    pd.testing.assert_frame_equal(table(Store(target), "events"), before)
    assert not list(tmp_path.glob("*.restoring-*"))


def test_dump_and_restore_from_the_command_line(tmp_path, corpus_store):
    folder = tmp_path / "backup"
    run = [sys.executable, "-m", "dashboard"]
    dumped = subprocess.run([*run, "dump", str(folder), "--db", str(corpus_store.path)],
                            capture_output=True, text=True, cwd=ROOT)
    assert dumped.returncode == 0, dumped.stderr
    assert dumped.stdout.startswith("dumped ") and str(folder) in dumped.stdout

    target = tmp_path / "copy.duckdb"
    restored = subprocess.run([*run, "restore", str(folder), "--db", str(target)],
                              capture_output=True, text=True, cwd=ROOT)
    assert restored.returncode == 0, restored.stderr
    pd.testing.assert_frame_equal(table(Store(target), "events"), table(corpus_store, "events"))

    again = subprocess.run([*run, "restore", str(folder), "--db", str(target)],
                           capture_output=True, text=True, cwd=ROOT)
    assert again.returncode == 1
    assert again.stderr.strip() == f"error: {target}: a store already exists (use --force to replace it)"
    missing = subprocess.run([*run, "restore", str(tmp_path / "nowhere"), "--db", str(target)],
                             capture_output=True, text=True, cwd=ROOT)
    assert missing.returncode == 1 and "not a dump (no manifest.json)" in missing.stderr
    assert "Traceback" not in missing.stderr + again.stderr


def copies_of_the_corpus(folder: Path, rounds: int) -> int:
    """Write ``rounds`` variants of every bundled article (a marker line makes each id new)."""
    folder.mkdir()
    count = 0
    for round_number in range(rounds):
        for path in sorted(BUNDLED_ARTICLES_DIR.iterdir()):
            text = path.read_text(encoding="utf-8")
            head, marker, body = text.partition("\n---\n") if text.startswith("---") else ("", "", text)
            variant = f"{head}{marker}Edition {round_number}.\n\n{body}"
            (folder / f"r{round_number}-{path.name}").write_text(variant, encoding="utf-8")
            count += 1
    return count


def articles_in(store: Store) -> int | None:
    try:
        return int(store.frame("SELECT count(*) AS n FROM articles").n[0])
    except StoreError:
        return None


def test_an_ingest_killed_part_way_leaves_whole_articles_and_a_rerun_completes(tmp_path):
    articles = tmp_path / "articles"
    total = copies_of_the_corpus(articles, rounds=20)
    store = Store(tmp_path / "events.duckdb", lock_wait=1.0)
    command = [sys.executable, "-m", "dashboard", "ingest", str(articles), "--db", str(store.path), "--quiet"]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    committed = None
    while time.monotonic() < deadline and process.poll() is None:
        if store.exists():
            committed = articles_in(store)
            if committed:
                break
        time.sleep(0.05)
    assert process.poll() is None, "the ingest finished before it could be killed; give it more articles"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()

    survived = articles_in(store)
    assert survived is not None and committed <= survived < total
    # Every article that is in holds all of its mentions: no transaction was left half-written.
    per_article = store.frame("""
        SELECT a.article_id, a.n_events, count(DISTINCT m.event_id) AS linked
        FROM articles a LEFT JOIN mentions m USING (article_id) GROUP BY ALL""")
    assert ((per_article.n_events == 0) | (per_article.linked >= 1)).all()
    assert (per_article.linked <= per_article.n_events).all()
    assert store.frame("SELECT count(*) AS n FROM mentions WHERE article_id NOT IN "
                       "(SELECT article_id FROM articles)").n[0] == 0

    rerun = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{total} articles read, {total - survived} new" in rerun.stdout
    assert articles_in(store) == total
    duplicates = store.frame("""
        SELECT count(*) AS n FROM (SELECT event_id, article_id, char_start, count(*) AS c
        FROM mentions GROUP BY ALL HAVING c > 1)""").n[0]
    assert duplicates == 0


def test_a_long_ingest_keeps_its_writer_until_a_reader_waits_then_gives_the_file_up(tmp_path):
    store = Store(tmp_path / "events.duckdb", lock_wait=20)
    with HeldWriter(store, checkpoint_seconds=60) as writer:
        held = writer.connection()
        writer.batch_done()
        assert writer.connection() is held  # nobody waiting: the same connection serves the next batch

        answer: dict[str, object] = {}

        def read() -> None:
            started = time.monotonic()
            answer["events"] = int(store.frame("SELECT count(*) AS n FROM events").n[0])
            answer["waited"] = time.monotonic() - started

        reader = threading.Thread(target=read)
        reader.start()
        deadline = time.monotonic() + 10
        while not writer.reader_waiting() and time.monotonic() < deadline:
            time.sleep(0.02)
        assert "events" not in answer  # the reader is still waiting while the writer holds the file
        writer.batch_done()
        reader.join(20)
        assert answer["events"] == 0 and answer["waited"] < 10
        assert writer.connection() is not held  # taken again once the reader has had its turn
