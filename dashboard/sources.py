"""Reading articles from files, folders, feeds and pasted text into ``Article`` records.

Every input either becomes articles or raises ``SourceError`` with one line that names the
file and the reason; reading a folder reports each bad file and goes on with the rest.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

import yaml

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSON_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson"})
FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | FEED_SUFFIXES
MAX_FILE_BYTES = 20 * 1024 * 1024


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


def normalise(text: str) -> str:
    """The form an article id is computed from: NFC, unified line ends, folded white space."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"[ \t]+", " ", text).strip()


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
    text = str(value).strip()
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    try:
        from dateutil import parser as date_parser

        return date_parser.parse(text, fuzzy=False).date()
    except (ValueError, OverflowError, TypeError):
        return None


def make_article(text: str, title: str = "", url: str | None = None, outlet: str | None = None,
                 published: date | None = None, source: str = "") -> Article:
    """An article from text and metadata (text pasted in the app goes through here too)."""
    body = normalise(text)
    heading = title.strip() or _first_line_title(body) or (Path(source).stem if source else "Untitled")
    return Article(article_id=article_id(body), title=heading, text=body, url=url or None,
                   outlet=outlet or None, published=published, source=source)


def _first_line_title(text: str) -> str:
    first = text.split("\n", 1)[0].strip().lstrip("#").strip()
    return first if 0 < len(first) <= 200 else ""


def _decode(raw: bytes, source: str) -> str:
    if not raw.strip():
        raise SourceError(source, "empty file")
    if b"\x00" in raw[:4096]:
        raise SourceError(source, "binary file, not text")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)


def read_text_document(content: str, source: str) -> Article:
    """A .txt/.md document with optional YAML front matter (title, url, outlet, published)."""
    meta: dict = {}
    body = content.lstrip("\ufeff")
    match = _FRONT_MATTER.match(body)
    if match:
        try:
            loaded = yaml.safe_load(match.group(1))
        except yaml.YAMLError as error:
            reason = str(error).splitlines()[0]
            raise SourceError(source, f"front matter is not valid YAML ({reason})") from None
        if loaded is not None and not isinstance(loaded, dict):
            raise SourceError(source, "front matter is not a mapping of fields")
        meta = loaded or {}
        body = body[match.end():]
    if source.endswith((".md", ".markdown")):
        body = _strip_markdown(body)
    if not body.strip():
        raise SourceError(source, "no article text after the front matter")
    return make_article(body, title=str(meta.get("title") or ""), url=_text(meta.get("url")),
                        outlet=_text(meta.get("outlet")), published=parse_date(meta.get("published")),
                        source=source)


def _text(value: object) -> str | None:
    return str(value).strip() if value not in (None, "") else None


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
    return make_article(text, title=fields.get("title") or "", url=fields.get("url"),
                        outlet=fields.get("sitename"), published=parse_date(fields.get("date")),
                        source=source)


def _article_from_object(item: object, source: str) -> Article:
    if not isinstance(item, dict):
        raise SourceError(source, "expected an object with a 'text' field")
    text = item.get("text") or item.get("body") or item.get("content")
    if not isinstance(text, str) or not text.strip():
        raise SourceError(source, "object has no 'text'")
    return make_article(text, title=str(item.get("title") or ""), url=_text(item.get("url")),
                        outlet=_text(item.get("outlet") or item.get("source")),
                        published=parse_date(item.get("published") or item.get("date")),
                        source=source)


def read_json_document(content: str, source: str) -> tuple[list[Article], list[SourceError]]:
    """JSON (an object or a list of them) or JSON Lines; bad lines are reported by number."""
    articles: list[Article] = []
    errors: list[SourceError] = []
    if source.endswith(".json"):
        try:
            data = json.loads(content)
        except json.JSONDecodeError as error:
            raise SourceError(source, f"not valid JSON ({error.msg} at line {error.lineno})") from None
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
            errors.append(SourceError(where, f"not valid JSON ({error.msg})", source))
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
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        published = date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday) if parsed else None
        articles.append(make_article(text, title=entry.get("title", ""), url=entry.get("link"),
                                     outlet=outlet, published=published, source=source))
    return articles, errors


def read_bytes(raw: bytes, name: str) -> tuple[list[Article], list[SourceError]]:
    """Articles in one file's bytes; ``name`` gives the format (by suffix) and the source."""
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        expected = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise SourceError(name, f"unsupported file type '{suffix or '(none)'}' (expected {expected})")
    if len(raw) > MAX_FILE_BYTES:
        raise SourceError(name, f"file is {len(raw) // (1024 * 1024)} MB; the limit is {MAX_FILE_BYTES // (1024 * 1024)} MB")
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
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise SourceError(name, f"file is {size // (1024 * 1024)} MB; the limit is {MAX_FILE_BYTES // (1024 * 1024)} MB")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SourceError(name, "no such file") from None
    except IsADirectoryError:
        raise SourceError(name, "is a folder") from None
    except PermissionError:
        raise SourceError(name, "permission denied") from None
    except OSError as error:
        raise SourceError(name, error.strerror or "cannot be read") from None
    return read_bytes(raw, name)


def expand_paths(paths: list[Path]) -> Iterator[Path | SourceError]:
    """Every file named or found (recursively, sorted) under the given paths."""
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Path(root) / name
        elif path.exists() or path.is_symlink():
            yield path
        else:
            yield SourceError(str(path), "no such file or folder")


def with_published(article: Article, published: date | None) -> Article:
    """The article with ``published`` filled in when it has no date of its own."""
    if published is None or article.published is not None:
        return article
    return replace(article, published=published)
