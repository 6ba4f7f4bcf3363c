"""Many sessions of the app at once, and the app next to a long ingest.

Each session is a websocket client speaking Streamlit's own protocol to a real
``streamlit run app.py``: it opens every page, changes a sidebar filter and clears it, as a
browser tab would, and records any exception or error box the server sends. The server's
memory (RSS of the process and its children) is sampled throughout.

    python bench/load_sessions.py                         # 20 sessions, 3 rounds each
    python bench/load_sessions.py --sessions 40 --rounds 5
    python bench/load_sessions.py --long-run --articles 2000

The tests (``tests/test_load.py``, ``tests/test_long_run.py``) run smaller versions of the same
code.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]


def app_pages() -> dict[str, tuple[str, str]]:
    """Every page of ``app.py``'s navigation: URL path -> (script, title); the default is ""."""
    source = (ROOT / "app.py").read_text(encoding="utf-8")
    pages = {}
    for call in re.findall(r"st\.Page\((.*?)\)", source, flags=re.DOTALL):
        script = re.match(r'\s*"([^"]+)"', call)
        title = re.search(r'title="([^"]+)"', call)
        url = re.search(r'url_path="([^"]*)"', call)
        if script and title:
            path = "" if "default=True" in call else (url[1] if url else Path(script[1]).stem)
            pages[path] = (script[1], title[1])
    return pages


PAGES = app_pages()
# The page headings of the pages this file knows; a page added later need only have one.
TITLES = {"": "Overview", "timeline": "Timeline", "map": "Map of visits", "events": "Events",
          "sources": "Sources", "add": "Add articles"}
MB = 1024 * 1024
# The sidebar's widgets as the browser reports them when nothing is chosen.
SIDEBAR_DEFAULTS = {"f_countries": [], "f_role": "involved", "f_since": [], "f_until": [], "f_types": [],
                    "f_modalities": [], "f_stances": [], "f_search": "", "f_min_conf": [0.0]}


# -- the server ------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    url: str
    process: subprocess.Popen
    log: Path

    @property
    def ws_url(self) -> str:
        return self.url.replace("http://", "ws://") + "/_stcore/stream"

    def healthy(self) -> bool:
        try:
            return urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=5).read() == b"ok"
        except OSError:
            return False

    def rss(self) -> int:
        """Resident memory of the server and all its children, in bytes."""
        return process_tree_rss(self.process.pid)


def process_tree_rss(pid: int) -> int:
    try:
        root = psutil.Process(pid)
        processes = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for process in processes:
        try:
            total += process.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total


@contextmanager
def serve(db: Path, address: str | None = "127.0.0.1", log_dir: Path | None = None,
          timeout: float = 90.0) -> Iterator[Server]:
    """``streamlit run app.py`` on a free port against ``db``; ``address=None`` keeps the
    address of ``.streamlit/config.toml``."""
    port = free_port()
    log_dir = Path(log_dir or tempfile.mkdtemp(prefix="streamlit-log-"))
    log = log_dir / f"streamlit-{port}.log"
    command = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
               "--server.headless", "true",
               # As in production: no reloading when a source file changes during the run.
               "--server.fileWatcherType", "none", "--server.runOnSave", "false"]
    if address is not None:
        command += ["--server.address", address]
    env = {key: value for key, value in os.environ.items() if not key.startswith("STREAMLIT_")}
    env["DASHBOARD_DB"] = str(db)
    with open(log, "w") as output:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT)
    server = Server(f"http://127.0.0.1:{port}", process, log)
    try:
        deadline = time.monotonic() + timeout
        while not server.healthy():
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"streamlit did not start: {log.read_text()[-2000:]}")
            time.sleep(0.3)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# -- one session -----------------------------------------------------------------------

@dataclass
class Run:
    """What one script run sent: the page title, captions, metrics and any error shown."""

    page: str
    title: str = ""
    captions: list[str] = field(default_factory=list)
    metrics: dict[str, str] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0


class Session:
    """One browser tab's worth of conversation with the server, over its websocket."""

    def __init__(self, server: Server, run_timeout: float = 180.0) -> None:
        self.server = server
        self.run_timeout = run_timeout
        self.query = ""
        self.widget_ids: dict[str, str] = {}
        self.filters: dict[str, object] = dict(SIDEBAR_DEFAULTS)
        self._socket = None

    async def __aenter__(self) -> Session:
        from websockets.asyncio.client import connect

        self._socket = await connect(self.server.ws_url, subprotocols=["streamlit"], max_size=None,
                                     open_timeout=60, ping_interval=None)
        return self

    async def __aexit__(self, *exc) -> None:
        await self._socket.close()

    async def run(self, page: str = "", query: str | None = None, widgets: dict | None = None) -> Run:
        """Run ``page`` as the browser would (current URL query, changed widgets) and collect
        what the server sends until the script finishes."""
        from streamlit.proto.Alert_pb2 import Alert
        from streamlit.proto.BackMsg_pb2 import BackMsg
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        message = BackMsg()
        state = message.rerun_script
        state.page_name = page
        state.query_string = self.query if query is None else query
        self.filters.update(widgets or {})
        for key, value in self.filters.items():  # the browser sends every widget's value
            if key not in self.widget_ids:
                continue
            widget = state.widget_states.widgets.add()
            widget.id = self.widget_ids[key]
            if isinstance(value, list) and key == "f_min_conf":
                widget.double_array_value.data.extend(value)
            elif isinstance(value, list):
                widget.string_array_value.SetInParent()
                widget.string_array_value.data.extend(value)
            else:
                widget.string_value = value
        result = Run(page)
        started = time.monotonic()
        await self._socket.send(message.SerializeToString())
        deadline = started + self.run_timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                result.errors.append(f"{page or 'overview'}: no answer within {self.run_timeout:.0f} s")
                break
            forward = ForwardMsg()
            forward.ParseFromString(await asyncio.wait_for(self._socket.recv(), remaining))
            kind = forward.WhichOneof("type")
            if kind == "page_info_changed":
                self.query = forward.page_info_changed.query_string
            elif kind == "page_not_found":
                result.errors.append(f"page not found: {forward.page_not_found.page_name}")
            elif kind == "script_finished":
                if forward.script_finished == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                    continue
                if forward.script_finished == ForwardMsg.FINISHED_WITH_COMPILE_ERROR:
                    result.errors.append("script did not compile")
                break
            elif kind == "delta" and forward.delta.WhichOneof("type") == "new_element":
                element = forward.delta.new_element
                what = element.WhichOneof("type")
                if what == "exception":
                    result.errors.append(f"exception: {element.exception.type}: {element.exception.message}")
                elif what == "alert" and element.alert.format == Alert.ERROR:
                    result.errors.append(f"error box: {element.alert.body}")
                elif what == "heading" and element.heading.tag == "h1" and not result.title:
                    result.title = element.heading.body
                elif what == "markdown" and element.markdown.element_type == element.markdown.CAPTION:
                    result.captions.append(element.markdown.body)
                elif what == "metric":
                    result.metrics[element.metric.label] = element.metric.body
                widget_id = getattr(getattr(element, what), "id", "") if what else ""
                if isinstance(widget_id, str) and widget_id.startswith("$$ID-"):
                    self.widget_ids[widget_id.rsplit("-", 1)[-1]] = widget_id
        result.seconds = time.monotonic() - started
        return result


async def tour(session: Session, rounds: int = 1, pause: float = 0.0) -> list[str]:
    """Every page, a filter set (visits only) and cleared, ``rounds`` times; the errors seen."""
    errors: list[str] = []

    def check(run: Run, title: str | None) -> None:
        errors.extend(run.errors)
        if not run.title or (title is not None and run.title != title):
            errors.append(f"{run.page or 'overview'}: title {run.title!r}, expected {title!r}")

    for _ in range(rounds):
        check(await session.run("", query=""), "Overview")
        run = await session.run("", widgets={"f_types": ["visit"]})
        check(run, "Overview")
        if run.metrics.get("Events") != run.metrics.get("Visits"):
            errors.append(f"filter not applied: {run.metrics}")
        for page in PAGES:
            check(await session.run(page), TITLES.get(page))
            await asyncio.sleep(pause)
        run = await session.run("events", widgets={"f_types": []})
        check(run, "Events")
        if not any(caption.startswith("All events") for caption in run.captions):
            errors.append(f"filter not cleared: {run.captions}")
    return errors


# -- many sessions ---------------------------------------------------------------------

class RssSampler:
    """The server's RSS sampled in a thread, for the peak."""

    def __init__(self, server: Server, every: float = 0.25) -> None:
        self.server, self.every, self.peak = server, every, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def _loop(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self.server.rss())
            self._stop.wait(self.every)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self.server.rss())


@dataclass
class LoadFigures:
    sessions: int
    rounds: int
    runs: int
    seconds: float
    errors: list[str]
    rss_start_mb: float
    rss_baseline_mb: float
    rss_after_mb: float
    rss_peak_mb: float

    @property
    def mb_per_session(self) -> float:
        return max(0.0, self.rss_after_mb - self.rss_baseline_mb) / max(1, self.sessions - 1)

    def lines(self) -> list[str]:
        return [
            f"sessions: {self.sessions} concurrent, {self.rounds} round(s) each of every page "
            f"plus a filter set and cleared ({self.runs} script runs)",
            f"duration: {self.seconds:.1f} s for the {self.sessions - 1} concurrent sessions",
            f"errors: {len(self.errors)}" + (f" (first: {self.errors[0]})" if self.errors else ""),
            f"server RSS: {self.rss_start_mb:.0f} MB idle, {self.rss_baseline_mb:.0f} MB after one session, "
            f"{self.rss_after_mb:.0f} MB after {self.sessions}, peak {self.rss_peak_mb:.0f} MB",
            f"per session: {self.mb_per_session:.1f} MB",
        ]


async def _load(server: Server, sessions: int, rounds: int) -> LoadFigures:
    start = server.rss()
    runs_per_round = 3 + len(PAGES)
    async with Session(server) as first:
        errors = await tour(first, rounds)
        baseline = server.rss()
        others = [Session(server) for _ in range(sessions - 1)]
        began = time.monotonic()
        with RssSampler(server) as sampler:
            for session in others:
                await session.__aenter__()
            try:
                results = await asyncio.gather(*(tour(session, rounds) for session in others),
                                               return_exceptions=True)
                after = server.rss()  # every session still connected
            finally:
                for session in others:
                    await session.__aexit__()
        seconds = time.monotonic() - began
    for result in results:
        errors.extend([f"session failed: {result!r}"] if isinstance(result, BaseException) else result)
    return LoadFigures(sessions, rounds, sessions * rounds * runs_per_round, seconds, errors,
                       start / MB, baseline / MB, after / MB, max(sampler.peak, after) / MB)


def load(server: Server, sessions: int = 20, rounds: int = 1) -> LoadFigures:
    """One session alone (the baseline), then ``sessions - 1`` more at once, all kept open."""
    return asyncio.run(_load(server, sessions, rounds))


# -- the app next to an ingest ---------------------------------------------------------

_FRONT = re.compile(r"\A---[ \t]*\n.*?\n---[ \t]*\n", re.DOTALL)


def make_copies(source_dir: Path, target_dir: Path, count: int) -> list[Path]:
    """``count`` new articles: the bundled ones in turn, each copy with a line of its own at the
    end of the text (so its id differs; the events are the same and merge)."""
    originals = sorted(p for p in source_dir.iterdir() if p.suffix in (".md", ".txt"))
    target_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for number in range(count):
        original = originals[number % len(originals)]
        text = original.read_text(encoding="utf-8")
        edition = number // len(originals) + 1
        front = _FRONT.match(text)
        head, body = (text[:front.end()], text[front.end():]) if front else ("", text)
        body = body.rstrip() + f"\n\nReprint {edition} of this report, wire copy number {number + 1}.\n"
        path = target_dir / f"{number:05d}-{original.stem}{original.suffix}"
        path.write_text(head + body, encoding="utf-8")
        written.append(path)
    return written


@dataclass
class LongRunFigures:
    articles: int
    ingest_seconds: float
    ingest_exit: int
    ingest_summary: str
    ingest_stderr: str
    client_runs: int
    health_checks: int
    errors: list[str]
    events_before: int
    events_after: int
    slowest_run: float

    def lines(self) -> list[str]:
        return [
            f"ingest: {self.articles} articles in {self.ingest_seconds:.1f} s "
            f"({self.articles / max(self.ingest_seconds, 1e-9):.0f}/s), exit {self.ingest_exit}: {self.ingest_summary}",
            f"app meanwhile: {self.client_runs} page runs and {self.health_checks} health checks, "
            f"{len(self.errors)} errors" + (f" (first: {self.errors[0]})" if self.errors else "")
            + f", slowest run {self.slowest_run:.1f} s",
            f"events shown: {self.events_before} before, {self.events_after} after",
        ]


async def _client_loop(server: Server, ingest: subprocess.Popen, figures: LongRunFigures) -> None:
    pages = ["", "events", "timeline", "map", "sources"]
    async with Session(server) as session:
        first = await session.run("")
        figures.errors.extend(first.errors)
        figures.events_before = int(first.metrics.get("Events", "0").replace(",", ""))
        number = 0
        while ingest.poll() is None:
            if not await asyncio.to_thread(server.healthy):
                figures.errors.append("health check failed")
            figures.health_checks += 1
            run = await session.run(pages[number % len(pages)])
            number += 1
            figures.client_runs += 1
            figures.slowest_run = max(figures.slowest_run, run.seconds)
            figures.errors.extend(run.errors)
        last = await session.run("")
        figures.errors.extend(last.errors)
        figures.events_after = int(last.metrics.get("Events", "0").replace(",", ""))


def long_run(server: Server, db: Path, articles_dir: Path, count: int) -> LongRunFigures:
    """Ingest ``articles_dir`` (``count`` articles) into ``db`` while a session keeps using the
    app served from it."""
    figures = LongRunFigures(count, 0.0, -1, "", "", 0, 0, [], 0, 0, 0.0)
    started = time.monotonic()
    ingest = subprocess.Popen([sys.executable, "-m", "dashboard", "ingest", str(articles_dir), "--db", str(db),
                               "--quiet"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        asyncio.run(_client_loop(server, ingest, figures))
    finally:
        out, err = ingest.communicate(timeout=1800)
    figures.ingest_seconds = time.monotonic() - started
    figures.ingest_exit = ingest.returncode
    figures.ingest_summary = out.strip().splitlines()[-1] if out.strip() else ""
    figures.ingest_stderr = err.strip()
    return figures


# -- command line ----------------------------------------------------------------------

def _corpus_store(folder: Path) -> Path:
    sys.path.insert(0, str(ROOT))
    from dashboard.config import BUNDLED_ARTICLES_DIR
    from dashboard.ingest import ingest_paths
    from dashboard.store import Store

    db = folder / "events.duckdb"
    ingest_paths(Store(db), [BUNDLED_ARTICLES_DIR])
    return db


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3, help="page tours per session")
    parser.add_argument("--long-run", action="store_true", help="also ingest while a session uses the app")
    parser.add_argument("--articles", type=int, default=2000, help="articles for --long-run")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="load-sessions-") as folder:
        folder = Path(folder)
        db = _corpus_store(folder)
        with serve(db, log_dir=folder) as server:
            figures = load(server, args.sessions, args.rounds)
            print("\n".join(figures.lines()))
        if args.long_run:
            copies = folder / "copies"
            make_copies(ROOT / "data" / "articles", copies, args.articles)
            with serve(db, log_dir=folder) as server:
                result = long_run(server, db, copies, args.articles)
                rss = server.rss() / MB
            print("\n".join(result.lines()) + f"\nserver RSS at the end: {rss:.0f} MB")
            if result.errors or result.ingest_exit != 0:
                return 1
    return 1 if figures.errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
