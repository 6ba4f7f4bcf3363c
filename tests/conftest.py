"""Shared fixtures: the bundled corpus in a store built once per session, empty stores, helpers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from dashboard.config import BUNDLED_ARTICLES_DIR
from dashboard.extract.furniture import without_furniture
from dashboard.extract.model import ExtractedEvent
from dashboard.extract.pipeline import extract_events
from dashboard.ingest import ingest_paths
from dashboard.sources import read_file
from dashboard.store import Store

ROOT = Path(__file__).resolve().parents[1]
SEED_FILE = BUNDLED_ARTICLES_DIR / "2024-06-19-putin-north-korea-seed.txt"


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """The bundled articles ingested once into a store of the session's own."""
    store = Store(tmp_path_factory.mktemp("corpus") / "events.duckdb")
    report = ingest_paths(store, [BUNDLED_ARTICLES_DIR])
    assert not report.errors, report.errors
    return store


@pytest.fixture
def empty_store(tmp_path: Path) -> Store:
    return Store(tmp_path / "events.duckdb")


@pytest.fixture(scope="session")
def seed_events() -> list[ExtractedEvent]:
    (article,), _ = read_file(SEED_FILE)
    return extract_events(article.text, article.published)


_UNTRIED_RUN = """
import importlib, json, sys
class Untried:
    def search(self, *args):
        raise AssertionError("the pattern was tried")
    finditer = match = search
setattr(importlib.import_module(sys.argv[1]), sys.argv[2], Untried())
from tests.conftest import extract, triples
print(json.dumps(sorted(triples(extract(sys.argv[3])))))
"""


def triples_with_pattern_untried(module: str, pattern: str, text: str) -> set[tuple]:
    """The triples ``text`` gives when ``module``'s compiled ``pattern`` fails if it is tried at
    all: a rule that must test something cheap first. Run in a plain-Python process, since a
    compiled module's globals cannot be replaced."""
    env = {**os.environ, "DASHBOARD_PURE_PYTHON": "1"}
    run = subprocess.run([sys.executable, "-c", _UNTRIED_RUN, module, pattern, text], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr.strip().splitlines()[-1:]
    return {tuple(triple) for triple in json.loads(run.stdout)}


def extract(text: str, published: date | None = date(2024, 6, 19)) -> list[ExtractedEvent]:
    return extract_events(text, published)


def triples(events: list[ExtractedEvent]) -> set[tuple]:
    """(type, mode, actor country, target country, modality) of each event, for exact checks."""
    return {(e.event_type, e.event_mode, e.actor_country, e.target_country, e.modality) for e in events}


# The fields most rule tests check exactly: type, mode, sides, place and day.
ROW_FIELDS = ("event_type", "event_mode", "actor_country", "target_country", "place_country", "date_start")


def rows(events: list[ExtractedEvent], *more: str, event_type: str | None = None) -> set[tuple]:
    """ROW_FIELDS and then ``more`` of each event (of ``event_type`` only, when given)."""
    fields = ROW_FIELDS + more
    return {tuple(getattr(e, name) for name in fields) for e in events
            if event_type is None or e.event_type == event_type}


def statements(events: list[ExtractedEvent]) -> set[tuple]:
    """(mode, actor country, target country, stance) of each statement, for exact checks."""
    return {(e.event_mode, e.actor_country, e.target_country, e.stance)
            for e in events if e.event_type == "statement"}


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def app(corpus_store, monkeypatch):
    """The real app script in AppTest, on the session's corpus store."""
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("DASHBOARD_DB", str(corpus_store.path))
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)


def open_page(app, page: str):
    """Run the app, switch to ``page``, and fail on any exception it shows."""
    app.run()
    app.switch_page(page).run()
    assert not app.exception, [e.value for e in app.exception]
    return app


def blanked_between_story_lines(line: str) -> bool:
    """Whether a line between two story sentences is blanked out whole, its length kept."""
    text = f"Putin met Xi in Beijing.\n{line}\nXi thanked him."
    return without_furniture(text) == f"Putin met Xi in Beijing.\n{' ' * len(line)}\nXi thanked him."
