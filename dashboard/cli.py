"""Command line: ``python -m dashboard {extract,ingest,evaluate,dump,restore,export,synth}``.

A contract scripts rely on: JSON Lines on stdout for ``extract``, a summary line and one line
per failed input for ``ingest`` (exit 0 when every file was read, 1 when some failed, 2 on a
usage error), and exactly the filtered rows for ``export``. Errors are one line, never a
traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from pathlib import Path

from dashboard import __version__
from dashboard.config import default_db_path
from dashboard.exports import FORMATS, about_json, export_bytes
from dashboard.filters import ROLES, EventFilter
from dashboard.schema import EVENT_TYPES, MODALITIES, STANCES


class _Parser(argparse.ArgumentParser):
    """argparse with one-line usage errors (exit code 2)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message}\n")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {text!r} (expected YYYY-MM-DD)") from None


def _country(text: str) -> str:
    from dashboard import gazetteer

    code = text.strip().upper()
    if code not in gazetteer.countries():
        raise argparse.ArgumentTypeError(f"unknown country code {text!r} (use ISO 3166-1 alpha-3, e.g. RUS)")
    return code


def _db(text: str) -> Path:
    return Path(text).expanduser()


def _workers(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"invalid worker count {text!r} (expected a whole number, 1 or more)")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m dashboard",
                     description="Diplomatic events from news articles.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    extract = commands.add_parser("extract", help="print the events of one file as JSON Lines")
    extract.add_argument("file", type=Path)
    extract.add_argument("--published", type=_iso_date, help="publication date when the file has none")

    ingest = commands.add_parser("ingest", help="read files or folders into the store")
    ingest.add_argument("paths", nargs="+", type=Path)
    ingest.add_argument("--db", type=_db, help=f"store file (default: $DASHBOARD_DB or {default_db_path()})")
    ingest.add_argument("--published", type=_iso_date, help="publication date for articles that have none")
    ingest.add_argument("--quiet", action="store_true", help="no progress bar")
    ingest.add_argument("--workers", type=_workers, metavar="N",
                        help="extraction processes (default 1); with --engine dask and no "
                             "--scheduler, the local cluster's worker processes (default 2)")
    ingest.add_argument("--engine", choices=["local", "dask"], default="local",
                        help="where extraction runs (default: local)")
    ingest.add_argument("--scheduler", metavar="ADDRESS",
                        help="Dask scheduler, e.g. tcp://10.0.0.5:8786 (default: a local cluster)")
    ingest.add_argument("--staging", metavar="DIR",
                        help="Parquet staging folder or URI the workers and this machine share "
                             "(default: next to the store, STORE.staging)")
    ingest.add_argument("--keep-staging", action="store_true",
                        help="keep the staged Parquet after loading it")
    ingest.add_argument("--connect-timeout", type=float, default=10.0, metavar="SECONDS",
                        help="how long to wait for the scheduler and its workers (default 10)")

    evaluate = commands.add_parser("evaluate", help="score the extractor against hand-annotated events")
    evaluate.add_argument("articles", nargs="+", type=Path, help="article files or folders")
    evaluate.add_argument("--gold", action="append", type=Path, required=True,
                          help="CSV of gold events (repeatable); see tests/gold/GUIDELINES.md")
    evaluate.add_argument("--show", type=int, help="print at most this many misses and false alarms")
    evaluate.add_argument("--json", action="store_true", help="print the figures as JSON")

    dump = commands.add_parser("dump", help="write the whole store to a folder of Parquet files")
    dump.add_argument("folder", type=Path, help="new or empty folder")
    dump.add_argument("--db", type=_db, help="store file")

    restore = commands.add_parser("restore", help="rebuild the store from a dump folder")
    restore.add_argument("folder", type=Path)
    restore.add_argument("--db", type=_db, help="store file to create")
    restore.add_argument("--force", action="store_true", help="replace an existing store")

    export = commands.add_parser("export", help="write the filtered events to a file")
    export.add_argument("--db", type=_db, help="store file")
    export.add_argument("--format", required=True, choices=list(FORMATS))
    export.add_argument("-o", "--output", type=Path, help="output file (default: standard output)")
    export.add_argument("--country", action="append", type=_country, default=[],
                        help="ISO3 code; repeatable; matches actor, target or place")
    export.add_argument("--role", choices=ROLES, default="any", help="where --country must match")
    export.add_argument("--type", action="append", choices=EVENT_TYPES, default=[])
    export.add_argument("--modality", action="append", choices=MODALITIES, default=[])
    export.add_argument("--stance", action="append", choices=STANCES, default=[])
    export.add_argument("--since", type=_iso_date)
    export.add_argument("--until", type=_iso_date)
    export.add_argument("--search", default="")
    export.add_argument("--min-confidence", type=float, default=0.0)
    export.add_argument("--include-low-confidence", action="store_true",
                        help="also events below 0.5 confidence (hidden by default, as in the app)")
    export.add_argument("--include-rejected", action="store_true",
                        help="also events a reviewer rejected or merged into another")
    export.add_argument("--hide-guessed-targets", action="store_true",
                        help="leave out events whose target the extractor guessed (target_basis other "
                             "than stated, analyst or none)")

    synth = commands.add_parser("synth", help="write a synthetic store of N events (for benchmarks)")
    synth.add_argument("--events", type=int, required=True, help="number of events")
    synth.add_argument("--db", type=_db, required=True, help="store file to create")
    synth.add_argument("--seed", type=int, default=7)
    synth.add_argument("--force", action="store_true", help="replace an existing file")
    return parser


def _fail(message: str, code: int = 1) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code


def run_extract(args: argparse.Namespace) -> int:
    from dashboard.article_events import article_events
    from dashboard.sources import SourceError, read_file, with_published

    try:
        articles, errors = read_file(args.file)
    except SourceError as error:
        return _fail(str(error))
    for article in articles:
        article = with_published(article, args.published)
        for event in article_events(article):
            record = event.record(article.article_id)
            record["title"] = article.title
            record["evidence"] = event.sentence
            for key, value in record.items():
                if isinstance(value, date):
                    record[key] = value.isoformat()
            print(json.dumps(record, ensure_ascii=False))
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    return 1 if errors else 0


def run_ingest(args: argparse.Namespace) -> int:
    from dashboard.ingest import ingest_paths
    from dashboard.store import Store, StoreError

    if args.engine == "local" and (args.scheduler or args.staging or args.keep_staging):
        return _fail("--scheduler, --staging and --keep-staging need --engine dask", 2)
    if args.connect_timeout <= 0:
        return _fail("--connect-timeout must be more than 0 seconds", 2)
    store = Store(args.db or default_db_path())
    progress = None
    if not args.quiet and sys.stderr.isatty():
        from tqdm import tqdm

        progress = tqdm(desc="ingest", unit="file", file=sys.stderr)
    on_file = (lambda _path: progress.update(1)) if progress else None
    try:
        if args.engine == "dask":
            from dashboard.distributed.dask_ingest import (
                DaskIngestError,
                ingest_on_dask,
                quiet_logs,
            )

            quiet_logs()
            try:
                report = ingest_on_dask(store, list(args.paths), args.published, scheduler=args.scheduler,
                                        staging=args.staging, workers=args.workers or 2,
                                        keep_staging=args.keep_staging, timeout=args.connect_timeout,
                                        on_file=on_file)
            except DaskIngestError as error:
                return _fail(str(error))
        else:
            report = ingest_paths(store, list(args.paths), args.published, on_file=on_file,
                                  workers=args.workers or 1)
    except StoreError as error:
        return _fail(str(error))
    finally:
        if progress is not None:
            progress.close()
    for error in report.errors:
        print(f"failed: {error}", file=sys.stderr)
    print(report.summary())
    return 1 if report.errors else 0


def run_export(args: argparse.Namespace) -> int:
    from dashboard import queries
    from dashboard.store import Store, StoreError

    if not 0.0 <= args.min_confidence <= 1.0:
        return _fail("--min-confidence must be between 0 and 1", 2)
    event_filter = EventFilter(
        countries=tuple(dict.fromkeys(args.country)), role=args.role, types=tuple(args.type),
        modalities=tuple(args.modality), stances=tuple(args.stance), since=args.since,
        until=args.until, search=args.search.strip(), min_confidence=args.min_confidence,
        show_low_confidence=args.include_low_confidence, show_rejected=args.include_rejected,
        hide_guessed_targets=args.hide_guessed_targets,
    )
    store = Store(args.db or default_db_path())
    try:
        frame = queries.events(store, event_filter)
    except StoreError as error:
        return _fail(str(error))
    about = {"filter": event_filter.describe(), "rows": str(len(frame)),
             "exported_at": datetime.now().isoformat(timespec="seconds"),
             "data_version": queries.data_version(store), "store": str(store.path)}
    payload = export_bytes(frame, args.format, about)
    if args.output is None:
        sys.stdout.buffer.write(payload)
        sys.stdout.flush()
    else:
        sidecar = args.output.with_name(args.output.name + ".about.json")
        try:
            args.output.write_bytes(payload)
            if args.format == "csv":
                sidecar.write_bytes(about_json(about))
        except OSError as error:
            return _fail(f"{args.output}: {error.strerror or 'cannot be written'}")
        print(f"{len(frame)} events ({event_filter.describe()}) written to {args.output}", file=sys.stderr)
    return 0


def run_evaluate(args: argparse.Namespace) -> int:
    from dashboard.evaluate import GoldError, evaluate, read_gold, report_lines
    from dashboard.ingest import read_articles
    from dashboard.sources import SourceError

    try:
        gold = [event for path in args.gold for event in read_gold(path)]
    except GoldError as error:
        return _fail(str(error))
    articles, failed = [], 0
    for item in read_articles(list(args.articles)):
        if isinstance(item, SourceError):
            print(f"failed: {item}", file=sys.stderr)
            failed += 1
        else:
            articles.append(item)
    result = evaluate(gold, articles)
    if result.articles == 0:
        return _fail("none of the articles has gold events (gold rows name articles by file name)")
    if args.json:
        print(json.dumps(result.as_dict(), indent=1))
    else:
        print("\n".join(report_lines(result, args.show)))
    return 1 if failed else 0


def run_dump(args: argparse.Namespace) -> int:
    from dashboard.backup import BackupError, dump
    from dashboard.store import Store, StoreError

    try:
        manifest = dump(Store(args.db or default_db_path()), args.folder)
    except (BackupError, StoreError) as error:
        return _fail(str(error))
    rows = ", ".join(f"{count} {table}" for table, count in manifest["tables"].items())
    print(f"dumped {rows} to {args.folder}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from dashboard.backup import BackupError, restore

    target = args.db or default_db_path()
    try:
        manifest = restore(args.folder, target, force=args.force)
    except BackupError as error:
        return _fail(str(error))
    rows = ", ".join(f"{count} {table}" for table, count in manifest["tables"].items())
    print(f"restored {rows} into {target}")
    return 0


def run_synth(args: argparse.Namespace) -> int:
    from dashboard.synth import SynthError
    from dashboard.synth import main as synth_main

    try:
        print(synth_main(args.db, args.events, seed=args.seed, force=args.force))
    except SynthError as error:
        return _fail(str(error), 2 if args.events < 1 else 1)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handlers = {"extract": run_extract, "ingest": run_ingest, "export": run_export,
                "evaluate": run_evaluate,
                "dump": run_dump, "restore": run_restore, "synth": run_synth}
    try:
        return handlers[args.command](args)
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except BrokenPipeError:
        return 0
