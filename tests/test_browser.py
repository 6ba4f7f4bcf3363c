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
PAGES = {"": "Overview", "timeline": "Timeline", "map": "Map of visits", "country": "Country profile",
         "relations": "Relations", "trips": "Trips", "events": "Events", "event": "Event",
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
    yield from _serve(corpus_store.path)


@pytest.fixture(scope="module")
def review_server(corpus_store, tmp_path_factory):
    """A server on a copy of the corpus store, for tests that change it."""
    copy = tmp_path_factory.mktemp("review") / "events.duckdb"
    shutil.copy(corpus_store.path, copy)
    yield from _serve(copy)


def _serve(db: Path):
    port = _free_port()
    env = {**os.environ, "DASHBOARD_DB": str(db)}
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
    page.wait_for_selector(".js-plotly-plot .scatterlayer .trace .points path", timeout=30000)
    assert page.locator(".js-plotly-plot .scatterlayer .trace .points").count() >= 3
    assert page.locator(".js-plotly-plot .scatterlayer .trace .js-line").count() >= 1  # month and year bands


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
    # a visit made is CAMEO 042, one still to come an intent to meet (036); codes stay text
    assert set(rows["cameo_code"]) == {"042", "036"}
    assert set(rows.loc[rows["modality"] == "planned", "cameo_code"]) == {"036"}
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


def multi_article_event(db: Path) -> tuple[str, str, str]:
    from dashboard.store import Store

    row = Store(db).frame("""SELECT event_id, actor_country, target_country FROM events
                             WHERE n_articles > 1 AND event_type = 'visit' AND confidence >= 0.5
                             ORDER BY n_articles DESC, event_id LIMIT 1""").iloc[0]
    return row.event_id, row.actor_country, row.target_country


def test_clicking_a_timeline_event_opens_its_detail(server, page):
    page.goto(f"{server}/timeline?type=agreement")
    settle(page)
    point = page.locator(".js-plotly-plot .scatterlayer .trace .points path").first
    point.wait_for(timeout=30000)
    point.click(force=True)
    page.wait_for_url(re.compile(r"/event\?.*event=[0-9a-f]"), timeout=30000)
    settle(page)
    assert page.locator("h1").first.inner_text().strip() == "Event"
    assert page.get_by_text(re.compile(r"^Evidence: \d+ articles?$")).count() == 1
    assert page.locator('[data-testid="stException"]').count() == 0
    page.screenshot(path=str(SHOTS / "event-from-timeline.png"), full_page=True)


def test_one_click_on_the_detail_filters_the_whole_app_to_the_pair(server, page, corpus_store):
    event_id, actor, target = multi_article_event(corpus_store.path)
    page.goto(f"{server}/event?event={event_id}")
    settle(page)
    page.get_by_role("button", name=f"The pair {actor}–{target}").click()
    page.wait_for_url(re.compile(r"/events\?.*role=pair"), timeout=30000)
    settle(page)
    assert f"country={actor}" in page.url and f"country={target}" in page.url
    caption = page.locator('[data-testid="stMain"] [data-testid="stCaptionContainer"]').first.inner_text()
    assert caption.startswith("Events between")


def test_clicking_a_city_on_the_map_offers_to_filter_to_its_country(server, page):
    import math

    page.goto(f"{server}/map?country=PRK&type=visit")
    settle(page)
    canvas = page.locator('[data-testid="stDeckGlJsonChart"] canvas').first
    canvas.wait_for(timeout=30000)
    page.wait_for_timeout(1500)
    box = canvas.bounding_box()
    # The map opens centred on 40 E 30 N at zoom 1.1 (figures.visit_map); deck.gl's web
    # Mercator puts a point this many pixels from the centre.
    scale = 512 * 2 ** 1.1

    def mercator(lat: float) -> float:
        return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) * scale / (2 * math.pi)

    x = box["x"] + box["width"] / 2 + (125.75 - 40) * scale / 360
    y = box["y"] + box["height"] / 2 - (mercator(39.03) - mercator(30))
    button = page.get_by_role("button", name="Filter the whole app to North Korea")
    for _ in range(5):  # deck.gl picks only once the layers are drawn
        page.mouse.move(x, y)
        page.wait_for_timeout(500)
        page.mouse.click(x, y)
        try:
            button.wait_for(timeout=6000)
            break
        except Exception:
            continue
    behind = page.get_by_text(re.compile(r"^The [1-9]\d* events? behind what you clicked"))
    assert behind.count() == 1
    page.screenshot(path=str(SHOTS / "map-clicked.png"), full_page=True)
    button.click()
    settle(page)
    page.wait_for_url(re.compile(r"/map\?country=PRK$"), timeout=30000)


def test_a_reviewer_rejects_an_event_and_it_leaves_the_table(review_server, page, corpus_store):
    event_id, _, _ = multi_article_event(corpus_store.path)
    page.goto(f"{review_server}/events")
    settle(page)
    before = caption_count(page)
    page.goto(f"{review_server}/event?event={event_id}")
    settle(page)
    page.get_by_test_id("stMainBlockContainer").get_by_role("button", name="Reject").click()
    page.get_by_text("A reviewer rejected this event").wait_for(timeout=30000)
    page.goto(f"{review_server}/events")
    settle(page)
    assert caption_count(page) == before - 1
    page.goto(f"{review_server}/events?rejected=1")
    settle(page)
    assert caption_count(page) == before
    page.screenshot(path=str(SHOTS / "events-with-rejected.png"), full_page=True)


def test_downloads_carry_their_filter_and_read_back_with_the_same_rows(server, page, tmp_path):
    page.goto(f"{server}/events?country=RUS&role=actor")
    settle(page)
    expected = caption_count(page)
    with page.expect_download() as excel:
        page.get_by_role("button", name="Excel", exact=True).click()
    path = tmp_path / "events.xlsx"
    excel.value.save_as(path)
    sheets = pd.read_excel(path, sheet_name=None, dtype=str)
    events = next(frame for name, frame in sheets.items() if name != "about")
    assert len(events) == expected and set(events["actor_country"]) == {"RUS"}
    about = dict(zip(*sheets["about"].iloc[:, :2].T.values))
    assert about["rows"] == str(expected) and "Russia" in about["filter"]
    with page.expect_download() as parquet:
        page.get_by_role("button", name="Parquet", exact=True).click()
    parquet.value.save_as(tmp_path / "events.parquet")
    assert len(pd.read_parquet(tmp_path / "events.parquet")) == expected
    assert page.locator("h1").first.inner_text().strip() == "Events"  # the page did not reset
