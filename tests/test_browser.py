"""The real app in a real browser: ``streamlit run app.py`` on a free port, driven by Playwright
in Debian's Chromium. Screenshots of every page go to ``test-output/browser/``.

Skipped, with a note saying so, when Chromium is missing; ``DASHBOARD_REQUIRE_BROWSER=1`` (set
by CI) turns the skip into a failure.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import ROOT

CHROMIUM = os.environ.get("DASHBOARD_CHROMIUM", "/usr/bin/chromium")
SHOTS = ROOT / "test-output" / "browser"
PAGES = {"": "Overview", "timeline": "Timeline", "map": "Map of visits", "events": "Events",
         "sources": "Sources", "add": "Add articles"}
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _browser_missing() -> str | None:
    if not Path(CHROMIUM).exists() and not shutil.which(CHROMIUM):
        return f"Chromium not found at {CHROMIUM} (apt-get install chromium chromium-driver)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed"
    return None


_missing = _browser_missing()
if _missing and os.environ.get("DASHBOARD_REQUIRE_BROWSER") == "1":
    raise RuntimeError(f"browser tests required but cannot run: {_missing}")
pytestmark = pytest.mark.skipif(_missing is not None, reason=f"browser tests skipped: {_missing}")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(corpus_store):
    port = _free_port()
    env = {**os.environ, "DASHBOARD_DB": str(corpus_store.path)}
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
         "--server.headless", "true", "--server.address", "127.0.0.1"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if urllib.request.urlopen(f"{base}/_stcore/health", timeout=2).read() == b"ok":
                break
        except OSError:
            time.sleep(0.3)
    else:
        process.kill()
        pytest.fail(f"streamlit did not start: {process.stdout.read()}")
    yield base
    process.terminate()
    process.wait(timeout=20)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1500, "height": 1000}, accept_downloads=True)
    tab = context.new_page()
    yield tab
    context.close()


def settle(page) -> None:
    """Wait until the script run is over (the running indicator gone) and the page drawn."""
    page.wait_for_selector('[data-testid="stApp"]', timeout=30000)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]') && "
        "document.querySelector('h1') !== null", timeout=60000)
    page.wait_for_timeout(800)


def caption_count(page) -> int:
    text = page.locator('[data-testid="stMain"] [data-testid="stCaptionContainer"]').first.inner_text()
    match = re.search(r"([\d,]+) events?", text)
    assert match, text
    return int(match.group(1).replace(",", ""))


@pytest.mark.parametrize("path, title", PAGES.items())
def test_every_page_loads_without_an_exception(server, page, path, title):
    page.goto(f"{server}/{path}")
    settle(page)
    assert page.locator("h1").first.inner_text().strip() == title
    assert page.locator('[data-testid="stException"]').count() == 0
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{path or 'overview'}.png"), full_page=True)


def test_map_and_timeline_are_drawn(server, page):
    page.goto(f"{server}/map")
    settle(page)
    page.wait_for_selector('[data-testid="stDeckGlJsonChart"] canvas', timeout=30000)
    assert page.locator('[data-testid="stDeckGlJsonChart"] canvas').count() >= 1
    page.goto(f"{server}/timeline")
    settle(page)
    page.wait_for_selector(".js-plotly-plot .scatterlayer .trace", timeout=30000)
    assert page.locator(".js-plotly-plot .scatterlayer .trace").count() >= 3


def test_filter_changes_table_and_url_and_the_url_restores_it(server, page, tmp_path):
    page.goto(f"{server}/events")
    settle(page)
    everything = caption_count(page)
    types = page.locator('[data-testid="stMultiSelect"]').filter(has_text="Event types")
    types.locator("input").click()
    page.keyboard.type("visit")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    page.wait_for_url(re.compile(r"type=visit"), timeout=30000)
    settle(page)
    visits = caption_count(page)
    assert 0 < visits < everything
    assert page.locator('[data-testid="stMain"] [data-testid="stCaptionContainer"]').first.inner_text().startswith("Visits")
    shared = page.url

    with page.expect_download() as download_info:
        page.get_by_role("button", name="CSV", exact=True).click()
    target = tmp_path / "events.csv"
    download_info.value.save_as(target)
    rows = pd.read_csv(target, dtype={"cameo_code": str})
    assert len(rows) == visits and set(rows["event_type"]) == {"visit"}
    assert set(rows["cameo_code"]) == {"042"}
    assert page.locator('[data-testid="stMain"] [data-testid="stCaptionContainer"]').first.inner_text().startswith("Visits")

    fresh = page.context.new_page()
    fresh.goto(shared)
    settle(fresh)
    assert caption_count(fresh) == visits
    assert "visit" in fresh.locator('[data-testid="stMultiSelect"]').filter(has_text="Event types").inner_text()
    fresh.screenshot(path=str(SHOTS / "events-filtered.png"), full_page=True)


def test_navigation_keeps_the_filter(server, page):
    page.goto(f"{server}/events?country=PRK")
    settle(page)
    page.get_by_role("link", name="Map of visits").click()
    page.wait_for_url(re.compile(r"/map\?.*country=PRK"), timeout=30000)
    settle(page)
    assert "North Korea" in page.locator('[data-testid="stMain"] [data-testid="stCaptionContainer"]').first.inner_text()
