"""The extractor compiled with mypyc: in use where it was built, never stale, same events."""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import importlib.machinery
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import dashboard.extract
from dashboard.extract import compiled_folder
from dashboard.extract.pipeline import extract_events
from dashboard.sources import read_file

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "data" / "articles").iterdir()) + sorted((ROOT / "tests" / "gold" / "articles").iterdir())

EVENTS_AS_JSON = """
import dataclasses, json, sys
from pathlib import Path
from dashboard.sources import read_file
from dashboard.extract.pipeline import extract_events
for path in sys.argv[1:]:
    for article in read_file(Path(path))[0]:
        for event in extract_events(article.text, article.published):
            print(json.dumps(dataclasses.asdict(event), default=str, sort_keys=True))
"""


def test_the_compiled_extractor_runs_where_it_was_built():
    if not os.environ.get("DASHBOARD_REQUIRE_NATIVE"):
        pytest.skip(f"extractor: {dashboard.extract.BUILD} (CI sets DASHBOARD_REQUIRE_NATIVE)")
    assert dashboard.extract.NATIVE, dashboard.extract.BUILD
    for name in ("units", "frames", "pipeline"):
        module = importlib.import_module(f"dashboard.extract.{name}")
        assert module.__file__.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES)), module.__file__


def test_compiled_and_plain_python_find_the_same_events():
    if not dashboard.extract.NATIVE:
        pytest.skip(f"extractor: {dashboard.extract.BUILD}")
    here = [json.dumps(dataclasses.asdict(event), default=str, sort_keys=True)
            for path in ARTICLES for article in read_file(path)[0]
            for event in extract_events(article.text, article.published)]
    plain = subprocess.run([sys.executable, "-c", EVENTS_AS_JSON, *map(str, ARTICLES)], cwd=ROOT, check=True,
                           capture_output=True, text=True, env={**os.environ, "DASHBOARD_PURE_PYTHON": "1"})
    assert len(here) > 400
    assert here == plain.stdout.splitlines()


def _fake_build(root: Path, sources: Path) -> Path:
    """A compiled package as the build leaves it, for the sources in ``sources``."""
    package = root / "fake_extract_native"
    package.mkdir()
    (package / "__init__.py").write_text("")
    hashes = {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sources.glob("*.py")}
    (package / "sources.json").write_text(json.dumps({"sources": hashes}))
    for name in hashes:
        (package / (name[:-3] + importlib.machinery.EXTENSION_SUFFIXES[0])).write_bytes(b"")
    importlib.invalidate_caches()
    return package


def test_a_build_of_the_same_sources_is_used_and_an_edit_turns_it_off(tmp_path, monkeypatch):
    monkeypatch.delenv("DASHBOARD_PURE_PYTHON", raising=False)
    sources = tmp_path / "extract"
    sources.mkdir()
    (sources / "units.py").write_text("X = 1\n")
    (sources / "frames.py").write_text("Y = 2\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    package = _fake_build(tmp_path, sources)

    assert compiled_folder(sources, "fake_extract_native") == (package, "compiled with mypyc")

    (sources / "frames.py").write_text("Y = 3\n")
    folder, why = compiled_folder(sources, "fake_extract_native")
    assert folder is None and why.startswith("pure Python (sources changed")

    (sources / "frames.py").write_text("Y = 2\n")
    (sources / "dates.py").write_text("Z = 4\n")  # a new module the build does not have
    assert compiled_folder(sources, "fake_extract_native")[0] is None

    monkeypatch.setenv("DASHBOARD_PURE_PYTHON", "1")
    (sources / "dates.py").unlink()
    assert compiled_folder(sources, "fake_extract_native") == (None, "pure Python (DASHBOARD_PURE_PYTHON is set)")


def test_without_a_build_the_extractor_is_plain_python(tmp_path):
    assert compiled_folder(tmp_path, "no_such_compiled_package") == (
        None, "pure Python (the compiled build is not installed)")


def test_events_and_actors_survive_pickling_as_the_process_pool_needs():
    import pickle
    from datetime import date

    from dashboard.extract.actor_makers import state_actor

    events = extract_events("Putin met Xi in Beijing on Monday.", date(2024, 6, 20))
    assert [e.event_type for e in events] == ["meeting", "visit"]
    assert pickle.loads(pickle.dumps(events)) == events
    actor = state_actor("RUS")
    assert pickle.loads(pickle.dumps(actor)) == actor
