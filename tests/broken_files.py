"""A folder of broken inputs mixed with good articles, built at test time.

Nothing here is committed as a file: the 100 MB text, the binary files and the links are
written into a temporary folder by ``build``, which also says what reading each should give.
"""

from __future__ import annotations

import json
import os
import zipfile
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

HUGE_MB = 100
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
       b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00"
       b"\x00\x00IEND\xaeB`\x82")


@dataclass
class Corpus:
    """The folder, and what an ingest of it must report and store."""

    folder: Path
    bad: dict[str, str] = field(default_factory=dict)    # source -> words its error line holds
    good: dict[str, str] = field(default_factory=dict)   # stored title -> a phrase of its text
    published: dict[str, str | None] = field(default_factory=dict)  # title -> ISO date or None
    skipped: dict[str, str] = field(default_factory=dict)  # case -> why this machine cannot build it

    @property
    def failed_files(self) -> set[str]:
        return {source.split(" line ")[0] for source in self.bad}


def _front_matter(title: str, body: str, published: str = "2023-03-20") -> str:
    return f"---\ntitle: {json.dumps(title)}\npublished: {published}\n---\n\n{body}\n"


def _html_with_scripts(title: str, paragraph: str) -> str:
    noise = "".join(f"<script>var tracker{n} = function() {{ return 'SCRIPT-NOISE-{n}'; }};</script>"
                    f"<style>.ad{n} {{ color: red; content: 'STYLE-NOISE'; }}</style>" for n in range(40))
    return (f"<!doctype html><html><head><title>{title}</title>"
            f"<meta name='date' content='2024-06-19'>{noise}</head><body>{noise}"
            f"<nav>Home | World | Sport</nav><article><h1>{title}</h1><p>{paragraph}</p></article>"
            f"{noise}<footer>Copyright</footer></body></html>")


def _zip_bytes() -> bytes:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("article.txt", "Putin met Kim in Pyongyang.")
    return buffer.getvalue()


def _write_huge(path: Path) -> None:
    line = b"Foreign ministers met in Geneva on Tuesday to discuss the ceasefire proposal.\n"
    block = line * (1024 * 1024 // len(line) + 1)
    with path.open("wb") as handle:
        for _ in range(HUGE_MB):
            handle.write(block[:1024 * 1024])


def _add_good(corpus: Corpus, relative: str, content: str | bytes, title: str, phrase: str,
              published: str | None = None) -> None:
    path = corpus.folder / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    corpus.good[title] = phrase
    corpus.published[title] = published


def _add_bad(corpus: Corpus, relative: str, content: bytes, reason: str) -> Path:
    path = corpus.folder / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    corpus.bad[str(path)] = reason
    return path


def _add_good_articles(corpus: Corpus) -> None:
    _add_good(corpus, "good/xi-moscow.md", _front_matter(
        "Xi in Moscow", "Chinese President Xi Jinping arrived in Moscow on Monday for a three-day "
        "state visit, the Kremlin said."), "Xi in Moscow", "three-day state visit", "2023-03-20")
    _add_good(corpus, "good/modi-moscow.txt",
              "Modi arrives in Moscow\n\nIndian Prime Minister Narendra Modi arrived in Moscow on "
              "Monday for talks with Vladimir Putin.", "Modi arrives in Moscow", "talks with Vladimir Putin")
    _add_good(corpus, "good/blinken.json", json.dumps({
        "title": "Blinken in Beijing", "published": "2023-06-19",
        "text": "U.S. Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing."}),
        "Blinken in Beijing", "met Chinese President Xi Jinping", "2023-06-19")
    latin1 = ("Le président Macron à Pékin\n\nLe président français Emmanuel Macron s’est rendu "
              "à Pékin jeudi pour une visite d’État de trois jours.")
    _add_good(corpus, "latin1.txt", latin1.encode("cp1252"), "Le président Macron à Pékin",
              "s’est rendu à Pékin")
    _add_good(corpus, "scripts.html", _html_with_scripts(
        "Scholz in Beijing", "German Chancellor Olaf Scholz arrived in Beijing on Friday for talks "
        "with Chinese President Xi Jinping, the first visit by a G7 leader since the pandemic began."),
        "Scholz in Beijing", "the first visit by a G7 leader", "2024-06-19")
    _add_good(corpus, "bad-date.md", _front_matter(
        "A date that does not exist", "Japanese Prime Minister Fumio Kishida met South Korean "
        "President Yoon Suk Yeol in Seoul.", published="2024-02-30"),
        "A date that does not exist", "Yoon Suk Yeol in Seoul")
    _add_good(corpus, "notepad-utf16.txt", "Aliyev in Ankara\n\nAzerbaijani President Ilham Aliyev met "
              "Turkish President Recep Tayyip Erdogan in Ankara.".encode("utf-16"), "Aliyev in Ankara",
              "Ilham Aliyev met")
    _add_good(corpus, "SHOUTING.JSON", json.dumps({
        "title": "Wang in Washington", "text": "Chinese Foreign Minister Wang Yi met U.S. Secretary of "
        "State Antony Blinken in Washington."}, indent=2), "Wang in Washington", "Wang Yi met")
    _add_good(corpus, "loops/inside.txt", "Inside the looped folder\n\nTurkish President Recep "
              "Tayyip Erdogan met Ukrainian President Volodymyr Zelensky in Istanbul.",
              "Inside the looped folder", "Zelensky in Istanbul")


def _add_json_lines(corpus: Corpus) -> None:
    path = corpus.folder / "wire.jsonl"
    lines = [
        json.dumps({"title": "Kim in Vladivostok", "published": "2023-09-13",
                    "text": "North Korean leader Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome."}),
        '{"title": "cut off", "text": "Lavrov arri',
        json.dumps({"title": "no body"}),
        "",
        json.dumps({"title": "Lavrov in Pyongyang", "published": "2023-10-18",
                    "text": "Russian Foreign Minister Sergei Lavrov arrived in Pyongyang for talks."}),
        "[1, 2, 3]",
        "[" * 100_000,
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    corpus.good.update({"Kim in Vladivostok": "Vostochny Cosmodrome",
                        "Lavrov in Pyongyang": "arrived in Pyongyang"})
    corpus.published.update({"Kim in Vladivostok": "2023-09-13", "Lavrov in Pyongyang": "2023-10-18"})
    corpus.bad.update({f"{path} line 2": "not valid JSON", f"{path} line 3": "object has no 'text'",
                       f"{path} line 6": "expected an object", f"{path} line 7": "nested too deeply"})


def _add_feeds(corpus: Corpus) -> None:
    items = [("Feed: dated", "Mon, 20 Mar 2023 10:00:00 GMT", "Xi Jinping met Vladimir Putin in the Kremlin.",
              "2023-03-20"),
             ("Feed: no date", None, "Putin met Erdogan in Sochi.", None),
             ("Feed: 31 February", "Sat, 31 Feb 2024 10:00:00 GMT", "Lula met Xi Jinping in Beijing.", None),
             ("Feed: words for a date", "sometime last spring", "Biden met Yoon in Washington.", None)]
    entries = "".join(
        f"<item><title>{title}</title><link>https://example.org/{n}</link>"
        + (f"<pubDate>{when}</pubDate>" if when else "")
        + f"<description>&lt;p&gt;{text}&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</description></item>"
        for n, (title, when, text, _) in enumerate(items))
    (corpus.folder / "feeds").mkdir()
    (corpus.folder / "feeds" / "wire.rss").write_text(
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>{entries}</channel></rss>",
        encoding="utf-8")
    atom = ("<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Atom wire</title>"
            "<entry><title>Atom: impossible date</title><updated>2023-02-30T00:00:00Z</updated>"
            "<summary>Macron met Scholz in Paris.</summary></entry>"
            "<entry><title>Atom: year zero</title><published>0000-01-01T00:00:00Z</published>"
            "<summary>Meloni met Sunak in Rome.</summary></entry>"
            "<entry><title>Atom: dated</title><published>2023-11-15T08:00:00Z</published>"
            "<summary>Biden met Xi Jinping in Woodside.</summary></entry></feed>")
    (corpus.folder / "feeds" / "wire.atom").write_text(atom, encoding="utf-8")
    for title, _, text, when in items:
        corpus.good[title] = text.rstrip(".")
        corpus.published[title] = when
    corpus.good.update({"Atom: impossible date": "Macron met Scholz", "Atom: year zero": "Meloni met Sunak",
                        "Atom: dated": "Biden met Xi Jinping"})
    corpus.published.update({"Atom: impossible date": None, "Atom: year zero": None,
                             "Atom: dated": "2023-11-15"})


def _add_bad_files(corpus: Corpus) -> None:
    _add_bad(corpus, "empty.txt", b"", "empty file")
    _add_bad(corpus, "picture.txt", PNG, "binary file")
    _add_bad(corpus, "archive.md", _zip_bytes(), "binary file")
    garbage = bytes([0x81, 0xC3, 0x28, 0xFE, 0xFF, 0xE2, 0x82, 0x28, 0x9D, 0xF0, 0x28, 0x8C, 0xBC]) * 50
    _add_bad(corpus, "invalid-utf8.txt", garbage, "not valid UTF-8")
    damaged = "Le président a dit: « non ».".encode() + b"\xff" + b" Fin."
    _add_bad(corpus, "damaged-utf8.txt", damaged, "not valid UTF-8")
    _add_bad(corpus, "broken-front-matter.md",
             b"---\ntitle: [Putin in Pyongyang\npublished: 2024-06-19\n---\n\nPutin met Kim Jong Un.\n",
             "front matter is not valid YAML")
    _add_bad(corpus, "minutes.docx", b"PK\x03\x04 not really a document", "unsupported file type '.docx'")
    _add_bad(corpus, "nested.json", b"[" * 100_000, "nested too deeply")
    huge = corpus.folder / "huge.txt"
    _write_huge(huge)
    corpus.bad[str(huge)] = f"too large ({HUGE_MB}.0 MB; the limit is 20 MB)"


def _add_links(corpus: Corpus) -> None:
    loops = corpus.folder / "loops"
    (loops / "back").symlink_to("..", target_is_directory=True)
    corpus.bad[str(loops / "back")] = "symbolic link loop"
    (loops / "cycle.txt").symlink_to("cycle.txt")
    corpus.bad[str(loops / "cycle.txt")] = "symbolic link loop"


def _add_unreadable(corpus: Corpus) -> None:
    path = corpus.folder / "locked.txt"
    path.write_text("Locked away\n\nPutin met Lukashenko in Minsk.", encoding="utf-8")
    path.chmod(0)
    try:
        with path.open("rb"):
            pass
    except PermissionError:
        corpus.bad[str(path)] = "permission denied"
        return
    path.chmod(0o644)
    path.unlink()
    corpus.skipped["unreadable file"] = (
        f"running as uid {os.getuid()}: chmod 000 does not stop this user reading a file")


def build(folder: Path) -> Corpus:
    """Write the corpus into ``folder`` (created) and describe what reading it must give."""
    folder.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(folder)
    _add_good_articles(corpus)
    _add_json_lines(corpus)
    _add_feeds(corpus)
    _add_bad_files(corpus)
    _add_links(corpus)
    _add_unreadable(corpus)
    return corpus


def huge_file(corpus: Corpus) -> Path:
    return corpus.folder / "huge.txt"


def unlock(corpus: Corpus) -> None:
    """Make every file removable again (pytest cleans its temporary folders later)."""
    for path in corpus.folder.rglob("locked.txt"):
        path.chmod(0o644)
