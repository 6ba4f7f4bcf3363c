"""Shared fixtures: the bundled corpus in a store built once per session, empty stores, helpers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import dashboard.extract
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


class UntriedPattern:
    """Stands in for a module's compiled pattern that a test says must not be tried: any search
    fails the test. Only plain-Python modules can take it (see ``pure_only``)."""

    def __init__(self, why: str) -> None:
        self.why = why

    def search(self, *args: object) -> None:
        raise AssertionError(self.why)

    finditer = match = search


pure_only = pytest.mark.skipif(dashboard.extract.NATIVE, reason="a compiled module's pattern cannot be replaced")


def extract(text: str, published: date | None = date(2024, 6, 19)) -> list[ExtractedEvent]:
    return extract_events(text, published)


def triples(events: list[ExtractedEvent]) -> set[tuple]:
    """(type, mode, actor country, target country, modality) of each event, for exact checks."""
    return {(e.event_type, e.event_mode, e.actor_country, e.target_country, e.modality) for e in events}


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
