"""Filter latency at scale: the project's queries against datasette (SQLite) and plain pandas.

    python bench/queries.py [--db FILE] [--events 1000000] [--runs 7] [--limit 100]

For each typical filter, one "answer" is what the Events page asks: the newest ``limit`` rows
(every column, newest first) and the total count. Timed side by side in one run:

- project: ``queries.events(..., limit)`` + ``queries.count_events`` on the DuckDB store, each
  opening its own read-only connection as the app does;
- datasette: the same rows from a SQLite copy of the events (indexes on every filtered
  column), two JSON queries over HTTP to a ``datasette`` subprocess on a free local port;
- pandas: boolean masks over the whole events frame held in memory, sort, head.

The rows are checked to be the same event ids in all three. p50/p95 over ``runs`` rounds.
The store is built with ``python -m dashboard synth`` when missing; the SQLite copy is kept
next to it and rebuilt when the store changes.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from datetime import date
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale_common import DEFAULT_DB, ensure_store, free_port, load_note, p50_p95, table

from dashboard import filters, queries
from dashboard.filters import EventFilter
from dashboard.store import Store

ORDER_SQL = "ORDER BY date_start DESC NULLS LAST, confidence DESC, event_id"
TEXT_COLUMNS = ("actor", "target", "place", "evidence", "quote", "actor_country", "target_country",
                "event_type", "event_mode")
INDEXED = ("actor_country", "target_country", "place_country", "event_type", "date_start", "date_end")


@dataclasses.dataclass
class Case:
    name: str
    event_filter: EventFilter
    sqlite_where: str           # SQLite WHERE with :named parameters
    sqlite_params: dict
    mask: object                # frame -> boolean Series


def _app_defaults_sql() -> tuple[str, list]:
    """The clauses every app filter adds by default (low confidence, rejected reviews), if any."""
    sql, masks = [], []
    low = getattr(filters, "LOW_CONFIDENCE", 0.0)
    if low:
        sql.append(f"confidence >= {low}")
        masks.append(lambda f, low=low: f["confidence"] >= low)
    hidden = getattr(filters, "HIDDEN_REVIEW_STATUSES", ())
    if hidden:
        listed = ", ".join(f"'{s}'" for s in hidden)
        sql.append(f"coalesce(review_status, 'auto') NOT IN ({listed})")
        masks.append(lambda f, hidden=hidden: ~f["review_status"].fillna("auto").isin(hidden))
    return sql, masks


def cases() -> list[Case]:
    defaults, default_masks = _app_defaults_sql()

    def case(name, event_filter, where, params, mask):
        full = " AND ".join([where, *defaults]) if defaults else where

        def full_mask(frame, mask=mask):
            keep = mask(frame)
            for extra in default_masks:
                keep &= extra(frame)
            return keep
        return Case(name, event_filter, full, params, full_mask)

    def any_country(codes):
        return lambda f: (f["actor_country"].isin(codes) | f["target_country"].isin(codes)
                          | f["place_country"].isin(codes)).fillna(False)

    def text(term):
        def mask(frame):
            keep = pd.Series(False, index=frame.index)
            for column in TEXT_COLUMNS:
                keep |= frame[column].str.contains(term, case=False, regex=False).fillna(False)
            return keep
        return mask

    year = (date(2024, 1, 1), date(2024, 12, 31))
    return [
        case("one country (PRK, any role)", EventFilter(countries=("PRK",)),
             "(actor_country = :c OR target_country = :c OR place_country = :c)", {"c": "PRK"}, any_country(["PRK"])),
        case("two countries (RUS or CHN)", EventFilter(countries=("RUS", "CHN")),
             "(actor_country IN (:a, :b) OR target_country IN (:a, :b) OR place_country IN (:a, :b))",
             {"a": "RUS", "b": "CHN"}, any_country(["RUS", "CHN"])),
        case("visits in 2024", EventFilter(types=("visit",), since=year[0], until=year[1]),
             "event_type = :t AND coalesce(date_end, date_start) >= :s AND date_start <= :u",
             {"t": "visit", "s": year[0].isoformat(), "u": year[1].isoformat()},
             lambda f: (f["event_type"] == "visit") & (f["date_end"].fillna(f["date_start"]) >= pd.Timestamp(year[0]))
             & (f["date_start"] <= pd.Timestamp(year[1]))),
        case("text search 'pyongyang'", EventFilter(search="pyongyang"),
             "(" + " OR ".join(f"{c} LIKE :q" for c in TEXT_COLUMNS) + ")", {"q": "%pyongyang%"}, text("pyongyang")),
        case("everything", EventFilter(), "1 = 1", {}, lambda f: pd.Series(True, index=f.index)),
    ]


def build_sqlite(store: Store, target: Path) -> Path:
    """A SQLite copy of the events table with an index on every filtered column."""
    stamp = target.with_suffix(".version")
    if target.exists() and stamp.exists() and stamp.read_text() == store.version():
        return target
    target.unlink(missing_ok=True)
    started = time.perf_counter()
    with store.reader() as source:
        columns = [row[0] for row in source.execute("DESCRIBE events").fetchall()]
        result = source.execute(f"SELECT {', '.join(columns)} FROM events ORDER BY date_start, event_id")
        sink = sqlite3.connect(target)
        sink.execute(f"CREATE TABLE events ({', '.join(columns)}, PRIMARY KEY (event_id))")
        marks = ", ".join("?" for _ in columns)
        while rows := result.fetchmany(50_000):
            sink.executemany(f"INSERT INTO events VALUES ({marks})",
                             [tuple(v.isoformat() if hasattr(v, "isoformat") else v for v in row) for row in rows])
        for column in INDEXED:
            sink.execute(f"CREATE INDEX events_{column} ON events ({column})")
        sink.execute("ANALYZE")
        sink.commit()
        sink.close()
    stamp.write_text(store.version())
    print(f"(SQLite copy built in {time.perf_counter() - started:.0f} s)", file=sys.stderr)
    return target


def start_datasette(sqlite_file: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    command = [str(Path(sys.executable).with_name("datasette")), "serve", "-i", str(sqlite_file), "--port", str(port),
               "--host", "127.0.0.1", "--setting", "sql_time_limit_ms", "60000",
               "--setting", "max_returned_rows", "10000", "--setting", "num_sql_threads", "2"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{base}/-/versions.json", timeout=2).read()
            return process, f"{base}/{sqlite_file.stem}.json"
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("datasette did not start")


def datasette_answer(url: str, case: Case, limit: int) -> tuple[list[str], int]:
    def get(sql: str) -> list[dict]:
        query = urllib.parse.urlencode({"sql": sql, "_shape": "array", **case.sqlite_params})
        with urllib.request.urlopen(f"{url}?{query}", timeout=120) as response:
            return json.loads(response.read())
    rows = get(f"SELECT * FROM events WHERE {case.sqlite_where} {ORDER_SQL} LIMIT {limit}")
    total = get(f"SELECT count(*) AS n FROM events WHERE {case.sqlite_where}")[0]["n"]
    return [row["event_id"] for row in rows], total


def project_answer(store: Store, case: Case, limit: int) -> tuple[list[str], int]:
    rows = queries.events(store, case.event_filter, limit)
    return rows["event_id"].tolist(), queries.count_events(store, case.event_filter)


def pandas_answer(frame: pd.DataFrame, case: Case, limit: int) -> tuple[list[str], int]:
    kept = frame[case.mask(frame)]
    rows = kept.sort_values(["date_start", "confidence", "event_id"], ascending=[False, False, True],
                            na_position="last").head(limit)
    return rows["event_id"].tolist(), len(kept)


def load_frame(store: Store) -> pd.DataFrame:
    with store.reader() as connection:
        out = connection.execute("SELECT * FROM events").df()
    for column in out.columns:
        if out[column].dtype == object:
            out[column] = out[column].astype("string[pyarrow]")
    out["date_start"] = pd.to_datetime(out["date_start"])
    out["date_end"] = pd.to_datetime(out["date_end"])
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--events", type=int, default=1_000_000, help="size of the store built when --db is missing")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--limit", type=int, default=100)
    args = parser.parse_args()
    store = Store(ensure_store(args.db, args.events))
    sqlite_file = build_sqlite(store, args.db.with_name(args.db.stem + "-events.db"))
    started = time.perf_counter()
    frame = load_frame(store)
    print(f"(pandas frame loaded in {time.perf_counter() - started:.1f} s, "
          f"{frame.memory_usage(deep=True).sum() / 1e6:.0f} MB)", file=sys.stderr)
    process, url = start_datasette(sqlite_file)
    try:
        systems = {"project": lambda c: project_answer(store, c, args.limit),
                   "datasette": lambda c: datasette_answer(url, c, args.limit),
                   "pandas": lambda c: pandas_answer(frame, c, args.limit)}
        rows, worst = [], {}
        for case in cases():
            times: dict[str, list[float]] = {name: [] for name in systems}
            answers = {}
            for name, run in systems.items():  # warm-up, and the answers to compare
                answers[name] = run(case)
            ids, total = answers["project"]
            for name, (other_ids, other_total) in answers.items():
                if other_total != total or other_ids != ids:
                    print(f"warning: {name} differs on {case.name}: {other_total} rows vs {total}", file=sys.stderr)
            for _ in range(args.runs):
                for name, run in systems.items():
                    started = time.perf_counter()
                    run(case)
                    times[name].append(time.perf_counter() - started)
            stats = {name: p50_p95(values) for name, values in times.items()}
            worst[case.name] = stats["project"][1]
            rows.append([case.name, f"{total:,}",
                         *(f"{stats[n][0]:.0f} / {stats[n][1]:.0f}" for n in systems),
                         f"{stats['datasette'][0] / stats['project'][0]:.1f}x",
                         f"{stats['pandas'][0] / stats['project'][0]:.1f}x"])
            print(f"  {case.name}: done", file=sys.stderr, flush=True)
    finally:
        process.terminate()
        process.wait(timeout=10)
    events = queries.count_events(store, dataclasses.replace(EventFilter(), **_all_rows()))
    print(f"{events:,} events in {args.db}; newest {args.limit} rows + total count per answer; "
          f"{args.runs} runs; ms p50 / p95; {load_note()}")
    print(table(["filter", "matching", "project", "datasette", "pandas", "datasette/project (p50)",
                 "pandas/project (p50)"], rows))
    print(f"project p95 <= 150 ms on every filter: {'yes' if max(worst.values()) <= 150 else 'no'} "
          f"(worst {max(worst.values()):.0f} ms)")
    return 0


def _all_rows() -> dict:
    names = {f.name for f in dataclasses.fields(EventFilter)}
    return {name: True for name in ("show_low_confidence", "show_rejected") if name in names}


if __name__ == "__main__":
    sys.exit(main())
