"""Hostile input and hostile visitors: what an attacker can put in an article, a link, a search
box or an upload never runs, never renders as HTML or a link, never reaches SQL as code, and
the server only listens on this machine.

The hostile store holds articles whose titles, text, URLs and outlets carry script tags,
``<img onerror>``, ``javascript:`` links and spreadsheet formulas, with sentences that give
events so the payloads reach every page, table, chart, tooltip and export.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import socket
import subprocess
import sys
import tomllib
import zipfile

import openpyxl
import pandas as pd
import psutil
import pytest
from streamlit.testing.v1 import AppTest

from bench.load_sessions import PAGES, serve
from dashboard import exports, figures, queries
from dashboard.filters import EventFilter
from dashboard.ingest import ingest_paths
from dashboard.sources import MAX_FILE_BYTES
from dashboard.store import Store
from tests.conftest import ROOT, SEED_FILE, write

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
SVG = '"><svg onload=alert(1)>'
LINK = "[x](javascript:alert(1))"
JS_URL = "javascript:alert(1)"
HOSTILE_ARTICLES = [
    {"title": f"Putin in Pyongyang {SCRIPT} {IMG} {LINK}", "url": JS_URL,
     "outlet": f"{IMG} Daily {LINK}", "published": "2024-06-20",
     "text": f"Vladimir Putin visited Pyongyang on June 19, 2024 {SCRIPT} {IMG} and met Kim Jong Un.\n\n"
             f"Antony Blinken visited Kyiv on May 14, 2024 {LINK} {SVG}.\n\n"
             f"{IMG} The talks lasted all day. [click](javascript:alert(2)) **bold** :red[red] $x$"},
    {"title": f'=HYPERLINK("http://evil.example") {LINK}', "outlet": "@SUM(1+1)", "published": "2024-06-21",
     "url": 'https://example.org/"><script>alert(1)</script>',
     "text": "=1+2 Vladimir Putin met Xi Jinping in Beijing on May 16, 2024.\n\n"
             "+CMD|calc Emmanuel Macron visited Beijing on April 5, 2023.\n\n"
             "-2+3 Olaf Scholz visited Beijing on April 14, 2024.\n\n"
             f"@SUM(1+1) Japan voiced concern over the North Korean missile test on March 3, 2024 {IMG}."},
]
HOSTILE_TXT = f"""---
title: "{SCRIPT} Kim receives Putin"
url: "JavaScript:alert(3)"
outlet: "{LINK}"
published: 2024-06-22
---
Kim Jong Un welcomed Vladimir Putin in Pyongyang on June 19, 2024 {IMG} {SCRIPT}.
"""
INJECTIONS = [
    "'; DROP TABLE events; --",
    "' OR '1'='1",
    "') OR 1=1 --",
    "%' OR '%'='",
    '"; DELETE FROM articles; --',
    "x'); UPDATE events SET actor = 'pwned'; --",
    "\\'; DROP TABLE mentions; --",
]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


# -- fixtures and helpers ----------------------------------------------------------------

def every_event() -> EventFilter:
    """A filter that keeps every event, low-confidence ones included where the filter hides them."""
    try:
        return EventFilter(show_low_confidence=True)
    except TypeError:
        return EventFilter()


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory) -> Store:
    folder = tmp_path_factory.mktemp("hostile")
    write(folder / "articles" / "hostile.json", json.dumps(HOSTILE_ARTICLES))
    write(folder / "articles" / "hostile.txt", HOSTILE_TXT)
    store = Store(folder / "events.duckdb")
    report = ingest_paths(store, [folder / "articles"])
    assert not report.errors and report.articles_new == 3 and report.events_added >= 6, report.summary()
    return store


@pytest.fixture
def private_corpus(corpus_store, tmp_path) -> Store:
    """A copy of the bundled store that a successful injection could only damage here."""
    shutil.copy(corpus_store.path, tmp_path / "events.duckdb")
    return Store(tmp_path / "events.duckdb")


def row_counts(store: Store) -> dict[str, int]:
    """Rows in every table of the store (names from the catalogue, never from input)."""
    with store.reader() as connection:
        tables = [name for (name,) in connection.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()]
        return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in tables}


def app_on(store: Store, monkeypatch, **params) -> AppTest:
    monkeypatch.setenv("DASHBOARD_DB", str(store.path))
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for key, value in params.items():
        app.query_params[key] = value
    return app


def open_page(app: AppTest, script: str) -> AppTest:
    app.run()
    app.switch_page(script).run()
    assert not app.exception, [e.value for e in app.exception]
    return app


def nodes(app: AppTest):
    """Every element and block of the page, sidebar included."""
    stack = [app.main, app.sidebar]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(getattr(node, "children", {}).values())


def markdown_texts(app: AppTest) -> list[str]:
    """Every string Streamlit renders as Markdown: bodies, titles, alerts, labels, help."""
    texts = []
    for node in nodes(app):
        proto = getattr(node, "proto", None)
        for name in ("body", "label", "help", "placeholder"):
            value = getattr(proto, name, None)
            if isinstance(value, str) and value:
                texts.append(value)
    return texts


def shown(markdown: str) -> str:
    """What a reader sees of escaped Markdown: the escaped characters themselves."""
    return re.sub(r"\\(.)", r"\1", markdown)


def assert_inert_markdown(text: str) -> None:
    """Once escaped characters are set aside, no tag and no javascript: is left, and the only
    links are the app's own (relative, or http)."""
    live = re.sub(r"\\.", "", text)
    assert "<" not in live, text
    assert "javascript:" not in live.lower(), text
    for target in re.findall(r"(?<!\\)\]\((.*?)(?<!\\)\)", text):
        assert re.fullmatch(r"(https?://\S+|[a-z]+\?[\w=&%.-]+)", target), (target, text)


def assert_page_is_inert(app: AppTest) -> None:
    for node in nodes(app):
        assert node.type != "html", "st.html used on a page with article data"
        proto = getattr(node, "proto", None)
        assert not getattr(proto, "allow_html", False), f"unsafe_allow_html in {node.type}"
    for text in markdown_texts(app):
        assert_inert_markdown(text)
    for chart in app.get("plotly_chart"):
        for trace in json.loads(chart.proto.spec)["data"]:
            for value in [trace.get("name"), trace.get("text"), *(trace.get("hovertext") or [])]:
                tags = set(re.findall(r"<\s*/?\s*([a-zA-Z]+)", str(value or "")))
                assert tags <= {"b", "br", "i"}, value
    for deck in app.get("deck_gl_json_chart"):
        tooltip = json.loads(deck.proto.tooltip or "{}")
        assert tooltip and "html" not in tooltip and set(tooltip) <= {"text", "style"}, tooltip
    for table in app.dataframe:
        for column in link_columns(table):
            for value in table.value[column].dropna():
                assert not re.match(r"\s*[a-z][a-z0-9+.-]*:", value, re.I) or value.startswith(
                    ("http://", "https://")), value


def link_columns(table) -> list[str]:
    config = json.loads(table.proto.columns or "{}")
    names = []
    for key, column in config.items():
        if (column.get("type_config") or {}).get("type") == "link":
            names.append(key.split(":", 1)[-1] if key.startswith(("col:", "name:")) else key)
    return [name for name in names if name in table.value.columns]


# -- (a) every page through AppTest --------------------------------------------------------

@pytest.mark.parametrize("path", list(PAGES))
def test_every_page_shows_hostile_text_inert(hostile_store, monkeypatch, path):
    app = open_page(app_on(hostile_store, monkeypatch), PAGES[path][0])
    assert_page_is_inert(app)


def test_sources_reader_shows_the_payload_as_characters(hostile_store, monkeypatch):
    articles = queries.articles(hostile_store)
    assert len(articles) == 3
    for article in articles.itertuples():
        app = open_page(app_on(hostile_store, monkeypatch, article=article.article_id),
                        "dashboard/pages/sources.py")
        assert_page_is_inert(app)
        assert shown(app.subheader[0].value) == " ".join(article.title.split())
        highlighted = [m.value for m in app.markdown if ":orange-background[" in m.value]
        assert highlighted, "no evidence highlighted"
        text = shown("\n".join(m.value for m in app.markdown))
        assert "<img src=x onerror=alert(1)>" in text or SCRIPT in text
        assert not any(button.proto.url.lower().startswith("javascript") for button in app.get("link_button"))


def test_event_detail_and_link_parameters_stay_inert(hostile_store, monkeypatch):
    if "event" in PAGES:  # the event detail page, for each hostile event
        for event_id in queries.events(hostile_store, every_event())["event_id"]:
            assert_page_is_inert(open_page(app_on(hostile_store, monkeypatch, event=event_id), PAGES["event"][0]))
    app = open_page(app_on(hostile_store, monkeypatch, q=LINK, type=IMG, country=LINK, since=SCRIPT,
                           event=LINK, article=IMG), "dashboard/pages/events.py")
    assert_page_is_inert(app)
    notes = shown(" ".join(w.value for w in app.sidebar.warning))
    assert "img src=x onerror=alert(1)" in notes and "javascript:alert(1)" in notes.lower()


def test_map_tooltips_are_plain_text():
    arcs = pd.DataFrame([{"actor_country": "RUS", "target_country": "PRK", "place": SCRIPT, "place_country": "PRK",
                          "geo_precision": "city", "lat": 39.0, "lon": 125.7, "visits": 2, "visitors": IMG}])
    places = pd.DataFrame([{"place": LINK, "place_country": "PRK", "geo_precision": "city", "lat": 39.0,
                            "lon": 125.7, "events": 3, "types": SCRIPT}])
    deck = figures.visit_map(arcs, places)
    assert deck._tooltip == {"text": "{tip}"}, "deck.gl renders an 'html' tooltip as HTML"
    spec = json.loads(deck.to_json())
    tips = [row["tip"] for layer in spec["layers"] if isinstance(layer.get("data"), list) for row in layer["data"]]
    assert any(IMG in tip for tip in tips) and any(LINK in tip for tip in tips)


# -- (b) the real browser --------------------------------------------------------------------

@pytest.fixture(scope="module")
def hostile_server(hostile_store, tmp_path_factory):
    """``streamlit run`` with the address from .streamlit/config.toml, on the hostile store."""
    with serve(hostile_store.path, address=None, log_dir=tmp_path_factory.mktemp("logs")) as server:
        yield server


def _chromium_missing() -> str | None:
    from tests.test_browser import _missing

    return _missing


DOM_PAYLOAD = """() => ({
    img: document.querySelectorAll('img[src="x"], img[onerror]').length,
    js_links: [...document.querySelectorAll('a[href], area[href], iframe[src], form[action]')]
        .map(e => e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('action'))
        .filter(h => /^\\s*javascript:/i.test(h)),
    handlers: [...document.querySelectorAll('[onerror], [onload], [onclick], [onmouseover]')].map(e => e.outerHTML.slice(0, 80)),
    svg_onload: document.querySelectorAll('svg[onload]').length,
    scripts: [...document.scripts].filter(s => s.textContent.includes('alert(')).length,
})"""


def test_browser_never_runs_the_payload(hostile_server, hostile_store):
    missing = _chromium_missing()
    if missing:
        pytest.skip(f"browser tests skipped: {missing}")
    from playwright.sync_api import sync_playwright

    from tests.test_browser import CHROMIUM, CHROMIUM_ARGS, settle

    articles = queries.articles(hostile_store)["article_id"].tolist()
    events = queries.events(hostile_store, every_event())["event_id"].tolist()
    urls = [path for path in PAGES] + [f"sources?article={a}" for a in articles]
    if "event" in PAGES:
        urls += [f"event?event={e}" for e in events[:4]]
    urls.append("events?q=%5Bx%5D(javascript:alert(1))&type=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")
    dialogs: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1500, "height": 1000})
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            for url in urls:
                page.goto(f"{hostile_server.url}/{url}")
                settle(page)
                if url == "timeline":
                    for point in page.locator(".js-plotly-plot .scatterlayer .point").all()[:12]:
                        point.hover(force=True)
                        page.wait_for_timeout(150)
                found = page.evaluate(DOM_PAYLOAD)
                assert found == {"img": 0, "js_links": [], "handlers": [], "svg_onload": 0, "scripts": 0}, (url, found)
                assert page.locator('[data-testid="stException"]').count() == 0, url
                if url.startswith("sources?"):
                    main = page.locator('[data-testid="stMain"]').inner_text()
                    assert "alert(1)" in main, "the payload should be shown as text"
                    assert "<script>" in main or "<img src=x onerror=alert(1)>" in main
            page.wait_for_timeout(500)
        finally:
            browser.close()
    assert dialogs == [], f"a payload ran: {dialogs}"


def test_browser_refuses_big_and_archive_uploads(hostile_server, tmp_path):
    missing = _chromium_missing()
    if missing:
        pytest.skip(f"browser tests skipped: {missing}")
    from playwright.sync_api import sync_playwright

    from tests.test_browser import CHROMIUM, CHROMIUM_ARGS, settle

    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("a.txt", "Vladimir Putin visited Pyongyang on June 19, 2024.")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1500, "height": 1000})
            page.goto(f"{hostile_server.url}/add")
            settle(page)
            dropzone = page.locator('[data-testid="stFileUploader"] input[type="file"]')
            big = tmp_path / "big.txt"
            big.write_bytes(b"a" * (MAX_FILE_BYTES + 1024 * 1024))
            dropzone.set_input_files(big)
            page.wait_for_function("() => /20(\\.0)?\\s?MB/.test(document.querySelector("
                                   "'[data-testid=\"stFileUploader\"]').innerText)", timeout=30000)
            uploader = page.locator('[data-testid="stFileUploader"]').inner_text()
            assert re.search(r"(must be|larger|exceeds|too large).*20(\.0)?\s?MB", uploader, re.I | re.S), uploader
            dropzone.set_input_files({"name": "articles.zip", "mimeType": "application/zip",
                                      "buffer": archive.getvalue()})
            page.get_by_text("archives are not unpacked").wait_for(timeout=30000)
            assert page.locator('[data-testid="stException"]').count() == 0
        finally:
            browser.close()


# -- (c) exports -------------------------------------------------------------------------------

def test_exports_carry_the_text_inert(hostile_store):
    frame = queries.events(hostile_store, every_event())
    assert frame["evidence"].str.startswith(("=", "+", "-", "@")).sum() >= 4
    assert frame["evidence"].str.contains("<img src=x", regex=False).any()
    about = {"filter": f"=cmd|' /C calc'!A0 {SCRIPT}", "rows": str(len(frame))}
    text_columns = [c for c in frame.columns if pd.api.types.is_string_dtype(frame[c]) or frame[c].dtype == object]

    rows = list(csv.DictReader(io.StringIO(exports.export_bytes(frame, "csv", about).decode("utf-8"))))
    assert len(rows) == len(frame)
    for row in rows:
        for column in text_columns:
            assert not row[column].startswith(FORMULA_STARTS), (column, row[column])
    assert {row["evidence"].lstrip("'") for row in rows} == set(frame["evidence"])

    book = openpyxl.load_workbook(io.BytesIO(exports.export_bytes(frame, "xlsx", about)))
    for sheet in book.worksheets:
        for cells in sheet.iter_rows():
            for cell in cells:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert not cell.value.startswith(FORMULA_STARTS), (sheet.title, cell.value)

    for fmt in ("json", "geojson"):
        data = json.loads(exports.export_bytes(frame, fmt, about))
        records = data["events"] if fmt == "json" else [feature["properties"] for feature in data["features"]]
        assert {record["evidence"] for record in records} == set(frame["evidence"]), fmt
        assert data["about"]["filter"] == about["filter"]  # carried as data, never run
    back = pd.read_parquet(io.BytesIO(exports.export_bytes(frame, "parquet", about)))
    assert set(back["evidence"]) == set(frame["evidence"])


# -- SQL: every query parameterised ------------------------------------------------------------

def test_injection_strings_match_nothing_and_change_nothing(private_corpus):
    before = row_counts(private_corpus)
    assert before["events"] > 200 and before["articles"] == 75
    for text in INJECTIONS:
        for event_filter in (EventFilter(search=text), EventFilter(types=(text,)), EventFilter(countries=(text,)),
                             EventFilter(modalities=(text,)), EventFilter(stances=(text,)),
                             EventFilter(countries=(text,), role="actor")):
            assert queries.events(private_corpus, event_filter).empty, (text, event_filter)
            assert queries.counts(private_corpus, event_filter)["events"] == 0
            assert queries.visit_arcs(private_corpus, event_filter).empty
            assert queries.locations(private_corpus, event_filter).empty
            assert queries.dyads(private_corpus, event_filter).empty
            assert queries.articles(private_corpus, event_filter).empty
        assert queries.article(private_corpus, text) is None
        assert queries.article_events(private_corpus, text).empty
        assert queries.event_mentions(private_corpus, [text]).empty
    assert row_counts(private_corpus) == before


def test_search_box_and_link_with_injection(private_corpus, monkeypatch):
    before = row_counts(private_corpus)
    app = open_page(app_on(private_corpus, monkeypatch), "dashboard/pages/events.py")
    for text in INJECTIONS[:4]:
        app.sidebar.text_input(key="f_search").set_value(text).run()
        assert not app.exception, [e.value for e in app.exception]
        assert any("No events match" in info.value for info in app.info), text
        assert not app.dataframe
    overview = open_page(app_on(private_corpus, monkeypatch, q=INJECTIONS[0]), "dashboard/pages/overview.py")
    assert {m.label: m.value for m in overview.metric}["Events"] == "0"
    sources = open_page(app_on(private_corpus, monkeypatch, article=INJECTIONS[0]), "dashboard/pages/sources.py")
    assert sources.warning or sources.info
    assert row_counts(private_corpus) == before


def test_cli_export_search_with_injection(private_corpus):
    before = row_counts(private_corpus)
    for text in INJECTIONS[:3]:
        for fmt in ("csv", "json"):
            result = subprocess.run(
                [sys.executable, "-m", "dashboard", "export", "--format", fmt, "--db", str(private_corpus.path),
                 "--search", text], cwd=ROOT, capture_output=True, timeout=120)
            assert result.returncode == 0, result.stderr
            out = result.stdout.decode("utf-8")
            if fmt == "csv":
                assert len(out.strip().splitlines()) == 1 and out.startswith("event_id"), out[:300]
            else:
                assert json.loads(out)["events"] == []
    assert row_counts(private_corpus) == before


# -- uploads -----------------------------------------------------------------------------------

def upload(tmp_path, monkeypatch, name: str, content: bytes) -> AppTest:
    """The Add articles page of a store of the seed article, with one file uploaded."""
    seed = tmp_path / "seed"
    if not seed.exists():
        seed.mkdir()
        shutil.copy(SEED_FILE, seed / SEED_FILE.name)
    monkeypatch.setenv("DASHBOARD_ARTICLES", str(seed))
    app = open_page(app_on(Store(tmp_path / "uploads.duckdb"), monkeypatch), "dashboard/pages/add_articles.py")
    app.file_uploader(key="add_files").set_value((name, content, "application/octet-stream")).run()
    assert not app.exception, [e.value for e in app.exception]
    return app


def test_upload_limit_matches_the_server_config():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["server"]["maxUploadSize"] == MAX_FILE_BYTES // (1024 * 1024) == 20


def test_uploads_are_refused_with_a_clear_message(tmp_path, monkeypatch):
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("../../evil.txt", "Vladimir Putin visited Pyongyang on June 19, 2024.")
    cases = {
        "articles.zip": (archive.getvalue(), "archives are not unpacked"),
        "articles.tar.gz": (b"\x1f\x8b\x08\x00" + bytes(64), "archives are not unpacked"),
        "zipped.txt": (archive.getvalue(), "binary file"),
        "../../etc/passwd": (b"root:x:0:0:root:/root:/bin/bash\n", "unsupported file type"),
        "big.txt": (b"Putin visited Pyongyang. " * (MAX_FILE_BYTES // 25 + 1000), "limit is 20 MB"),
    }
    for name, (content, message) in cases.items():
        app = upload(tmp_path, monkeypatch, name, content)
        errors = [shown(error.value) for error in app.error]
        assert any(message in error for error in errors), (name, errors)
        assert not app.dataframe, name
    assert not (tmp_path.parent / "evil.txt").exists() and not (ROOT.parent / "evil.txt").exists()


def test_upload_names_are_labels_never_paths(tmp_path, monkeypatch):
    outside = tmp_path / "outside"
    name = "../" * 16 + str(outside / "evil.txt").lstrip("/")
    upload(tmp_path, monkeypatch, "empty.txt", b" ")  # builds the store first
    files_before = {path for path in tmp_path.rglob("*")}
    app = upload(tmp_path, monkeypatch, name, b"Vladimir Putin visited Pyongyang on June 19, 2024.")
    assert len(app.dataframe[0].value) >= 1
    app.button(key="add_save").click().run()
    assert app.success and "1 new" in app.success[0].value
    assert not outside.exists()
    new_files = {path for path in tmp_path.rglob("*")} - files_before
    assert all(path.name.startswith("uploads.duckdb") for path in new_files), new_files
    sources = queries.articles(Store(tmp_path / "uploads.duckdb"))["source"].tolist()
    assert "evil.txt" in sources and not any("/" in source or ".." in source for source in sources
                                             if source == "evil.txt")


# -- the server listens on this machine only ---------------------------------------------------

def test_server_listens_on_localhost_only(hostile_server):
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["server"]["address"] == "localhost"
    port = int(hostile_server.url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=5):
        pass
    outside = [address.address for addresses in psutil.net_if_addrs().values() for address in addresses
               if address.family == socket.AF_INET and not address.address.startswith("127.")]
    if not outside:
        pytest.skip("this machine has no non-loopback IPv4 address to try")
    for address in outside:
        with pytest.raises(OSError):
            socket.create_connection((address, port), timeout=3).close()
