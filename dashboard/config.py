"""Paths and settings, resolved relative to the package, with environment overrides.

Nothing here depends on the working directory: the app and the CLI find the bundled data
wherever they are started from.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
DATA_DIR = PROJECT_DIR / "data"
GAZETTEER_DIR = DATA_DIR / "gazetteer"
LEXICON_DIR = DATA_DIR / "lexicon"
CAMEO_TABLE = DATA_DIR / "cameo.csv"
BUNDLED_ARTICLES_DIR = DATA_DIR / "articles"

DB_ENV = "DASHBOARD_DB"
ARTICLES_ENV = "DASHBOARD_ARTICLES"


def default_db_path() -> Path:
    """The store the app and the CLI use when no ``--db`` is given (``$DASHBOARD_DB`` wins)."""
    override = os.environ.get(DB_ENV, "").strip()
    return Path(override).expanduser() if override else DATA_DIR / "events.duckdb"


def bundled_articles_dir() -> Path:
    """The corpus the app builds its first store from (``$DASHBOARD_ARTICLES`` wins)."""
    override = os.environ.get(ARTICLES_ENV, "").strip()
    return Path(override).expanduser() if override else BUNDLED_ARTICLES_DIR
