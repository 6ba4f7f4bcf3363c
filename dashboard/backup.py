"""Whole-store backups: ``dump`` writes every table as Parquet with a manifest, ``restore`` reads it back.

A dump is a plain folder (one Parquet file per table and ``manifest.json`` with the row counts
and the schema version), so it can be inspected with any Parquet reader. Restoring builds a new
store beside the target, checks every table's row count against the manifest, and only then
moves it into place: a failed restore leaves the old store as it was. A dump from an older
schema restores into the current one (columns it lacks take their defaults).
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

import pyarrow.parquet as pq

from dashboard import __version__
from dashboard.store import (
    ANALYST_TARGETS_SQL,
    SCHEMA_VERSION,
    Store,
    StoreError,
    refresh_search_text,
    replace_file,
    schema_version,
)

MANIFEST = "manifest.json"


class BackupError(Exception):
    """A dump or restore that cannot go ahead; the message is one line naming the folder or file."""


def _tables(connection) -> list[str]:
    rows = connection.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY table_name"
    ).fetchall()
    return [name for (name,) in rows]


def dump(store: Store, folder: Path) -> dict:
    """Write every table of ``store`` to ``folder`` (new or empty); return the manifest."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise BackupError(f"{folder}: already exists and is not an empty folder")
    folder.mkdir(parents=True, exist_ok=True)
    manifest = {"tool_version": __version__, "created": datetime.now().isoformat(timespec="seconds"),
                "store": str(store.path), "tables": {}}
    with store.reader() as connection:
        manifest["schema_version"] = schema_version(connection)
        for table in _tables(connection):
            # Table names come from the store's own catalogue, not from input.
            data = connection.sql(f'SELECT * FROM "{table}"').to_arrow_table()
            pq.write_table(data, folder / f"{table}.parquet")
            manifest["tables"][table] = data.num_rows
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def read_manifest(folder: Path) -> dict:
    """The manifest of a dump folder, checked enough to restore from."""
    path = folder / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        tables = manifest["tables"]
        version = int(manifest["schema_version"])
    except FileNotFoundError:
        raise BackupError(f"{folder}: not a dump (no {MANIFEST})") from None
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise BackupError(f"{path}: unreadable manifest ({error.__class__.__name__})") from None
    if version > SCHEMA_VERSION:
        raise BackupError(f"{folder}: dumped by a newer version (schema {version}; this one reads up to "
                          f"{SCHEMA_VERSION})")
    for table in tables:
        if not (folder / f"{table}.parquet").is_file():
            raise BackupError(f"{folder}: {table}.parquet is missing")
    return manifest


def restore(folder: Path, target: Path, force: bool = False) -> dict:
    """Rebuild the store at ``target`` from a dump; refuses to overwrite unless ``force``."""
    manifest = read_manifest(folder)
    if target.exists() and not force:
        raise BackupError(f"{target}: a store already exists (use --force to replace it)")
    building = target.with_name(f"{target.name}.restoring-{os.getpid()}")
    for leftover in (building, building.with_name(building.name + ".wal")):
        leftover.unlink(missing_ok=True)
    try:
        with Store(building).writer() as connection:
            for table, expected in manifest["tables"].items():
                source = str(folder / f"{table}.parquet")
                if table == "meta":
                    connection.execute("INSERT OR REPLACE INTO meta SELECT * FROM read_parquet(?) "
                                       "WHERE key <> 'schema_version'", [source])
                    continue
                connection.execute(f'INSERT INTO "{table}" BY NAME SELECT * FROM read_parquet(?)', [source])
                found = connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                if found != expected:
                    raise BackupError(f"{source}: {found} rows restored, the manifest says {expected}")
            refresh_search_text(connection)  # a dump from before version 3 has none
            if int(manifest["schema_version"]) < 4:  # nor, before 4, a target basis: the reviews tell a reviewer's
                connection.execute(ANALYST_TARGETS_SQL)
    except StoreError as error:
        raise BackupError(str(error)) from None
    except BackupError:
        building.unlink(missing_ok=True)
        raise
    except Exception as error:  # a damaged Parquet file or a table this version does not know
        building.unlink(missing_ok=True)
        raise BackupError(f"{folder}: cannot be restored ({str(error).splitlines()[0]})") from None
    replace_file(building, target)
    return manifest
