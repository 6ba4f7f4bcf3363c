"""``python -m dashboard``: the contract scripts rely on, run as a real process."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pandas as pd
import pytest

from dashboard.schema import EVENT_COLUMNS, GUESSED_TARGET_BASES
from tests.conftest import ROOT, SEED_FILE, write


def run(*args: str, env_db: str | None = None) -> subprocess.CompletedProcess:
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    if env_db:
        env["DASHBOARD_DB"] = env_db
    return subprocess.run([sys.executable, "-m", "dashboard", *args], capture_output=True, cwd=ROOT,
                          env=env, timeout=300)


def test_extract_prints_one_json_object_per_event():
    result = run("extract", str(SEED_FILE))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert len(rows) >= 13
    for row in rows:
        assert set(EVENT_COLUMNS) - {"event_id", "n_articles", "review_status"} <= set(row)
        assert row["evidence"] and row["article_id"]
    assert {"visit", "meeting", "sanction", "statement", "military"} <= {row["event_type"] for row in rows}


def test_extract_uses_published_when_the_file_has_none(tmp_path):
    path = write(tmp_path / "a.txt", "Xi Jinping arrived in Moscow on Monday.")
    (row,) = [json.loads(line) for line in run("extract", str(path), "--published", "2023-03-22").stdout.decode().splitlines()]
    assert row["date_start"] == "2023-03-20" and row["date_basis"] == "relative"


@pytest.mark.parametrize("args, message", [
    (["extract", "missing.txt"], "missing.txt: no such file"),
    (["extract", str(SEED_FILE), "--published", "2024-02-30"], "invalid date '2024-02-30'"),
    (["export", "--format", "pdf"], "invalid choice: 'pdf'"),
    (["export", "--format", "csv", "--since", "yesterday"], "invalid date 'yesterday'"),
    (["export", "--format", "csv", "--country", "XX"], "unknown country code 'XX'"),
    (["frobnicate"], "invalid choice: 'frobnicate'"),
])
def test_errors_are_one_line(args, message):
    result = run(*args)
    stderr = result.stderr.decode()
    assert result.returncode in (1, 2)
    assert message in stderr and len(stderr.strip().splitlines()) == 1 and "Traceback" not in stderr


def test_ingest_summary_exit_codes_and_export(tmp_path):
    db = tmp_path / "store.duckdb"
    good = write(tmp_path / "in" / "seed.txt", SEED_FILE.read_text(encoding="utf-8"))
    ok = run("ingest", str(good), "--db", str(db))
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.decode().startswith("1 articles read, 1 new, 13 events added")
    bad = write(tmp_path / "in" / "broken.json", "{oops")
    partly = run("ingest", str(tmp_path / "in"), "--db", str(db))
    assert partly.returncode == 1
    assert "1 files failed" in partly.stdout.decode()
    assert f"failed: {bad}: not valid JSON" in partly.stderr.decode()
    assert run("ingest", "--db", str(db)).returncode == 2  # no path: usage error

    exported = run("export", "--format", "csv", "--country", "PRK", "--type", "visit", env_db=str(db))
    assert exported.returncode == 0, exported.stderr
    frame = pd.read_csv(io.BytesIO(exported.stdout), dtype={"cameo_code": str})
    assert list(zip(frame["actor_country"], frame["target_country"])) == [("RUS", "PRK")]
    assert list(frame["cameo_code"]) == ["042"]

    out = tmp_path / "events.parquet"
    written = run("export", "--db", str(db), "--format", "parquet", "-o", str(out), "--modality", "planned",
                  "--include-low-confidence")
    assert written.returncode == 0
    assert pd.read_parquet(out)["target_country"].tolist() == ["VNM"]
    assert "1 events (Planned events, low-confidence events included) written to" in written.stderr.decode()


def test_export_can_leave_out_guessed_targets(corpus_store):
    db = str(corpus_store.path)
    every = pd.read_csv(io.BytesIO(run("export", "--db", db, "--format", "csv").stdout))
    kept = pd.read_csv(io.BytesIO(run("export", "--db", db, "--format", "csv", "--hide-guessed-targets").stdout))
    guessed = every["target_basis"].isin(GUESSED_TARGET_BASES)
    assert 0 < len(kept) == len(every) - guessed.sum() < len(every)
    assert set(kept["event_id"]) == set(every.loc[~guessed, "event_id"])


def test_export_without_a_store_says_so(tmp_path):
    result = run("export", "--format", "json", "--db", str(tmp_path / "none.duckdb"))
    assert result.returncode == 1 and "no store here yet" in result.stderr.decode()


def test_every_export_says_what_it_holds(tmp_path, corpus_store):
    db = str(corpus_store.path)
    out = tmp_path / "visits.csv"
    assert run("export", "--db", db, "--format", "csv", "-o", str(out), "--type", "visit").returncode == 0
    rows = pd.read_csv(out)
    about = json.loads((tmp_path / "visits.csv.about.json").read_text())
    assert about["filter"] == "Visits" and about["rows"] == str(len(rows))
    assert about["data_version"].startswith("75 articles, ") and about["exported_at"]
    document = json.loads(run("export", "--db", db, "--format", "json", "--type", "visit").stdout)
    assert document["about"]["rows"] == str(len(document["events"])) == str(len(rows))
    import pyarrow.parquet as pq

    run("export", "--db", db, "--format", "parquet", "-o", str(tmp_path / "v.parquet"), "--type", "visit")
    metadata = pq.read_schema(tmp_path / "v.parquet").metadata
    assert metadata[b"about.filter"] == b"Visits" and metadata[b"about.rows"] == str(len(rows)).encode()
