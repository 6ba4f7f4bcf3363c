"""Reading articles from files, folders, feeds and pasted text into ``Article`` records.

Every input either becomes articles or raises ``SourceError`` with one line that names the
file and the reason; reading a folder reports each bad file and goes on with the rest.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import json
import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

import yaml

from dashboard.stamped_dates import (
    after_store_opening,
    published_on_page,
)

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSON_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson"})
FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | FEED_SUFFIXES
MAX_FILE_BYTES = 20 * 1024 * 1024
_MB = 1024 * 1024
# Decoded text with a larger share of control characters is taken for binary data.
MAX_CONTROL_SHARE = 0.01
# A legacy (Latin-1/Windows-1252) decoding is kept only when most characters are ASCII.
MAX_LEGACY_NON_ASCII_SHARE = 0.3


class SourceError(Exception):
    """An input that cannot be read; ``str()`` is one line naming the input and the reason."""

    def __init__(self, source: str, reason: str, path: str | None = None) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
        self.path = path or source  # the file, when ``source`` names a line or entry of it


@dataclass(frozen=True)
class Article:
    """One article: its id is a hash of its normalised text, so a re-read is the same article."""

    article_id: str
    title: str
    text: str
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    source: str = ""


_BLANK_RUNS = re.compile(r"[ \t]{2,}|\t")


def normalise(text: str) -> str:
    """The form an article id is computed from: NFC, unified line ends, folded white space."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    # Only runs of blanks and tabs change; a lone space stays (matching it costs 10x as much).
    return _BLANK_RUNS.sub(" ", text).strip()


def article_id(text: str) -> str:
    """A stable id for an article's text (16 hex digits of its SHA-256)."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()[:16]


def parse_date(value: object) -> date | None:
    """A publication date from front matter or metadata; None when absent or unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None  # a bare number (2024) or a structure is no day
    text = value.strip()[:100]
    match = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    return _parse_free_date(text)


def _parse_free_date(text: str) -> date | None:
    """A date in words ("20 March 2023", RFC 822); None unless it names year, month and day."""
    from dateutil import parser as date_parser

    # dateutil fills missing parts from its default: parse with two defaults that differ in
    # every part, and accept only what both agree on.
    try:
        first = date_parser.parse(text, default=datetime(2001, 1, 1))
        second = date_parser.parse(text, default=datetime(2002, 2, 2))
    except (ValueError, OverflowError, TypeError):
        return None
    return first.date() if first.date() == second.date() else None


def make_article(text: str, title: str = "", url: str | None = None, outlet: str | None = None,
                 published: date | None = None, source: str = "") -> Article:
    """An article from text and metadata (text pasted in the app goes through here too); with
    no publication date given, the date of a timestamp line at the top of the text, else the
    day its address holds."""
    body = normalise(text)
    heading = title.strip() or _first_line_title(body) or (Path(source).stem if source else "Untitled")
    if published is None:  # a page pasted without metadata: its "Published ..." line, if any
        published = published_on_page(body, url)
    return Article(article_id=article_id(body), title=heading, text=body, url=url or None,
                   outlet=outlet or None, published=published, source=source)


def _first_line_title(text: str) -> str:
    first = after_store_opening(text.split("\n", 1)[0]).strip().lstrip("#").strip()
    return first if 0 < len(first) <= 200 else ""


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_C1_CONTROL = re.compile(r"[\x80-\x9f]")


def _decode(raw: bytes, source: str) -> str:
    """Text of a file: UTF-8, or Latin-1/Windows-1252 when that reads as text."""
    if not raw.strip():
        raise SourceError(source, "empty file")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            raise SourceError(source, "starts as UTF-16 text but is not valid UTF-16") from None
    elif b"\x00" in raw[:8192]:
        raise SourceError(source, "binary file, not text")
    else:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            text = _decode_legacy(raw, error, source)
    if len(_CONTROL.findall(text)) > MAX_CONTROL_SHARE * len(text):
        raise SourceError(source, "binary file, not text")
    return text.lstrip("\ufeff")


def _decode_legacy(raw: bytes, error: UnicodeDecodeError, source: str) -> str:
    where = f"byte 0x{raw[error.start]:02x} at offset {error.start}"
    lenient = raw.decode("utf-8", errors="replace")
    invalid = lenient.count("\ufffd")
    valid = _non_ascii(lenient) - invalid
    if valid and valid >= invalid:  # mostly good UTF-8: a legacy decoding would garble the good part
        raise SourceError(source, f"not valid UTF-8 ({where}) in otherwise UTF-8 text; the file looks damaged")
    for encoding in ("cp1252", "latin-1"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _reads_as_text(text):
            return text
    raise SourceError(source, f"not valid UTF-8 ({where}) and not readable as Latin-1 either")


def _reads_as_text(text: str) -> bool:
    """Whether a Latin-1/Windows-1252 decoding looks like prose rather than noise."""
    if _C1_CONTROL.search(text):
        return False
    visible = len(re.sub(r"\s+", "", text))
    return _non_ascii(text) <= MAX_LEGACY_NON_ASCII_SHARE * max(visible, 1)


def _non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", "ignore"))


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


class _FrontMatterLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """Safe YAML (with libyaml's parser when PyYAML has it) that keeps dates as text, so
    "published: 2024-02-30" does not fail the load."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != _TIMESTAMP_TAG]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _load_front_matter(block: str, source: str) -> dict:
    try:
        loaded = yaml.load(block, Loader=_FrontMatterLoader)  # a SafeLoader subclass
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f" at line {mark.line + 2}" if mark else ""  # +2: the opening '---' is line 1
        problem = error.problem or error.context or "syntax error"
        raise SourceError(source, f"front matter is not valid YAML ({problem}{where})") from None
    except (yaml.YAMLError, RecursionError) as error:
        reason = str(error).splitlines()[0] if str(error) else "syntax error"
        raise SourceError(source, f"front matter is not valid YAML ({reason})") from None
    if loaded is not None and not isinstance(loaded, dict):
        raise SourceError(source, "front matter is not a mapping of fields")
    return loaded or {}


def read_text_document(content: str, source: str) -> Article:
    """A .txt/.md document with optional YAML front matter (title, url, outlet, published)."""
    meta: dict = {}
    body = content.lstrip("\ufeff")
    match = _FRONT_MATTER.match(body)
    if match:
        meta = _load_front_matter(match.group(1), source)
        body = body[match.end():]
    if Path(source).suffix.lower() in (".md", ".markdown"):
        body = _strip_markdown(body)
    if not body.strip():
        raise SourceError(source, "no article text after the front matter")
    return make_article(body, title=_text(meta.get("title")) or "", url=_text(meta.get("url")),
                        outlet=_text(meta.get("outlet")), published=parse_date(meta.get("published")),
                        source=source)


def _text(value: object) -> str | None:
    """A metadata field as text; None when absent or not a plain value (a list, a mapping)."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float, date)):
        return None
    return str(value).strip() or None


def _strip_markdown(body: str) -> str:
    body = re.sub(r"^#{1,6}\s*", "", body, flags=re.MULTILINE)
    body = re.sub(r"(\*\*|__)(.+?)\1", r"\2", body)
    return re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", body)


def read_html_document(content: str, source: str) -> Article:
    """An HTML page: main text and metadata with trafilatura."""
    import trafilatura

    document = trafilatura.bare_extraction(content, with_metadata=True, include_comments=False)
    if document is None:
        raise SourceError(source, "no article text found in the HTML")
    fields = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    text = fields.get("text") or ""
    if not text.strip():
        raise SourceError(source, "no article text found in the HTML")
    return make_article(text, title=_text(fields.get("title")) or "", url=_text(fields.get("url")),
                        outlet=_text(fields.get("sitename")), published=parse_date(fields.get("date")),
                        source=source)


def _article_from_object(item: object, source: str) -> Article:
    if not isinstance(item, dict):
        raise SourceError(source, "expected an object with a 'text' field")
    text = item.get("text") or item.get("body") or item.get("content")
    if not isinstance(text, str) or not text.strip():
        raise SourceError(source, "object has no 'text'")
    return make_article(text, title=_text(item.get("title")) or "", url=_text(item.get("url")),
                        outlet=_text(item.get("outlet") or item.get("source")),
                        published=parse_date(item.get("published") or item.get("date")),
                        source=source)


def read_json_document(content: str, source: str) -> tuple[list[Article], list[SourceError]]:
    """JSON (an object or a list of them) or JSON Lines; bad lines are reported by number."""
    articles: list[Article] = []
    errors: list[SourceError] = []
    if Path(source).suffix.lower() == ".json":
        try:
            data = json.loads(content)
        except json.JSONDecodeError as error:
            raise SourceError(source, f"not valid JSON ({error.msg} at line {error.lineno})") from None
        except RecursionError:
            raise SourceError(source, "not valid JSON (nested too deeply)") from None
        items = data if isinstance(data, list) else [data]
        for number, item in enumerate(items, 1):
            try:
                articles.append(_article_from_object(item, source))
            except SourceError as error:
                errors.append(SourceError(f"{source} item {number}", error.reason, source))
        return articles, errors
    for number, line in enumerate(content.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source} line {number}"
        try:
            articles.append(_article_from_object(json.loads(line), where))
        except json.JSONDecodeError as error:
            errors.append(SourceError(where, f"not valid JSON ({error.msg} at column {error.colno})", source))
        except RecursionError:
            errors.append(SourceError(where, "not valid JSON (nested too deeply)", source))
        except SourceError as error:
            errors.append(SourceError(where, error.reason, source))
    return articles, errors


def _html_to_text(fragment: str) -> str:
    import lxml.html

    if "<" not in fragment:
        return fragment
    try:
        root = lxml.html.fromstring(fragment)
    except (ValueError, lxml.etree.ParserError):
        return re.sub(r"<[^>]+>", " ", fragment)
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    return root.text_content()


def read_feed_document(raw: bytes, source: str) -> tuple[list[Article], list[SourceError]]:
    """An RSS or Atom feed file: one article per entry, its text from content or summary."""
    import feedparser

    feed = feedparser.parse(raw)
    if not feed.entries:
        if feed.get("bozo"):
            raise SourceError(source, "not a readable RSS or Atom feed")
        raise SourceError(source, "feed has no entries")
    outlet = feed.feed.get("title")
    articles: list[Article] = []
    errors: list[SourceError] = []
    for number, entry in enumerate(feed.entries, 1):
        contents = entry.get("content") or []
        html = contents[0].get("value") if contents else entry.get("summary", "")
        text = _html_to_text(html or "").strip()
        if not text:
            errors.append(SourceError(f"{source} entry {number}", "entry has no text", source))
            continue
        articles.append(make_article(text, title=_text(entry.get("title")) or "", url=_text(entry.get("link")),
                                     outlet=_text(outlet), published=_entry_date(entry), source=source))
    return articles, errors


def _entry_date(entry) -> date | None:
    """A feed entry's day; None when missing or impossible (feedparser rolls "2024-00-10" over)."""
    for key in ("published", "updated"):
        raw = entry.get(key)
        if not raw:
            continue
        if re.match(r"\s*\d{4}-\d", raw):
            return parse_date(raw)
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            try:
                return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            except ValueError:
                return None
        return parse_date(raw)
    return None


def _check_type(name: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        expected = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise SourceError(name, f"unsupported file type '{suffix or '(none)'}' (expected {expected})")
    return suffix


def _too_large(name: str, size: int) -> SourceError:
    return SourceError(name, f"file is too large ({size / _MB:.1f} MB; the limit is {MAX_FILE_BYTES // _MB} MB)")


def read_bytes(raw: bytes, name: str) -> tuple[list[Article], list[SourceError]]:
    """Articles in one file's bytes; ``name`` gives the format (by suffix) and the source."""
    suffix = _check_type(name)
    if len(raw) > MAX_FILE_BYTES:
        raise _too_large(name, len(raw))
    try:
        return _parse(raw, name, suffix)
    except SourceError:
        raise
    except Exception as error:  # noqa: BLE001 - a parser library failing on odd input must not end the run
        detail = str(error).splitlines()[0][:120] if str(error) else ""
        raise SourceError(name, f"could not be parsed ({type(error).__name__}{': ' + detail if detail else ''})") from None


def _parse(raw: bytes, name: str, suffix: str) -> tuple[list[Article], list[SourceError]]:
    if suffix in FEED_SUFFIXES:
        if not raw.strip():
            raise SourceError(name, "empty file")
        return read_feed_document(raw, name)
    content = _decode(raw, name)
    if suffix in TEXT_SUFFIXES:
        return [read_text_document(content, name)], []
    if suffix in HTML_SUFFIXES:
        return [read_html_document(content, name)], []
    return read_json_document(content, name)


def read_file(path: Path) -> tuple[list[Article], list[SourceError]]:
    """Articles of one file, and the errors of its bad parts (e.g. broken JSON lines)."""
    name = str(path)
    _check_type(name)
    try:
        raw = _read_limited(path)
    except OSError as error:
        raise SourceError(name, _os_reason(error)) from None
    return read_bytes(raw, name)


def _read_limited(path: Path) -> bytes:
    """The file's bytes, never more than the limit held in memory; only regular files."""
    # O_NONBLOCK: opening a named pipe must not wait for a writer.
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(descriptor, "rb") as handle:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise SourceError(str(path), "is a folder")
        if not stat.S_ISREG(info.st_mode):
            raise SourceError(str(path), "not a regular file")
        if info.st_size > MAX_FILE_BYTES:
            raise _too_large(str(path), info.st_size)
        # Ask for the size seen (read(n) sets aside n bytes up front), and the rest only if
        # the file has grown since.
        raw = handle.read(info.st_size + 1)
        if len(raw) > info.st_size:
            raw += handle.read(MAX_FILE_BYTES + 1 - len(raw))
    if len(raw) > MAX_FILE_BYTES:  # it grew since the size was checked
        raise _too_large(str(path), len(raw))
    return raw


def _os_reason(error: OSError) -> str:
    reasons = {errno.ENOENT: "no such file", errno.EACCES: "permission denied",
               errno.EPERM: "permission denied", errno.ELOOP: "symbolic link loop",
               errno.EISDIR: "is a folder"}
    if error.errno == errno.ENOENT and error.filename and os.path.islink(error.filename):
        return "broken symbolic link"
    return reasons.get(error.errno) or (error.strerror or "cannot be read").lower()


def expand_paths(paths: list[Path]) -> Iterator[Path | SourceError]:
    """Every file named or found (recursively, sorted) under the given paths.

    Links to folders are followed; one that leads back to a folder being read is reported
    as a loop, and a folder reached twice is read once.
    """
    seen: set[tuple[int, int]] = set()
    for path in paths:
        if path.is_dir():
            yield from _walk(path, (), seen)
        elif path.exists() or path.is_symlink():
            yield path
        else:
            yield SourceError(str(path), "no such file or folder")


def _walk(folder: Path, ancestors: tuple[tuple[int, int], ...],
          seen: set[tuple[int, int]]) -> Iterator[Path | SourceError]:
    try:
        info = folder.stat()
        entries = sorted((entry for entry in os.scandir(folder) if not entry.name.startswith(".")),
                         key=lambda entry: entry.name)
    except OSError as error:
        yield SourceError(str(folder), _os_reason(error))
        return
    key = (info.st_dev, info.st_ino)
    seen.add(key)
    folders = []
    for entry in entries:
        try:
            is_folder = entry.is_dir(follow_symlinks=True)
        except OSError:
            is_folder = False
        if is_folder:
            folders.append(entry)
        else:
            yield Path(entry.path)
    for entry in folders:
        try:
            target = os.stat(entry.path)
        except OSError as error:
            yield SourceError(entry.path, _os_reason(error))
            continue
        target_key = (target.st_dev, target.st_ino)
        if target_key in ancestors or target_key == key:
            yield SourceError(entry.path, f"symbolic link loop (leads back to {os.path.realpath(entry.path)}), not followed")
        elif target_key not in seen:
            yield from _walk(Path(entry.path), (*ancestors, key), seen)


def with_published(article: Article, published: date | None) -> Article:
    """The article with ``published`` filled in when it has no date of its own."""
    if published is None or article.published is not None:
        return article
    return replace(article, published=published)
