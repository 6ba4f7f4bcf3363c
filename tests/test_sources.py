"""Every input format becomes articles; every bad input gives one line naming it."""

from __future__ import annotations

import json
from datetime import date

import pytest

from dashboard.sources import (
    SourceError,
    article_id,
    expand_paths,
    make_article,
    read_file,
    with_published,
)
from tests.conftest import write

BODY = "Chinese President Xi Jinping arrived in Moscow on Monday for a three-day state visit."


def test_text_with_front_matter(tmp_path):
    path = write(tmp_path / "a.md", f'---\ntitle: "Xi in Moscow"\nurl: https://example.org/x\n'
                                    f"outlet: Wire\npublished: 2023-03-20\n---\n\n# Heading\n\n{BODY}\n")
    (article,), errors = read_file(path)
    assert errors == []
    assert (article.title, article.url, article.outlet, article.published) == (
        "Xi in Moscow", "https://example.org/x", "Wire", date(2023, 3, 20))
    assert article.text == f"Heading\n\n{BODY}"


def test_plain_text_takes_its_first_line_as_title(tmp_path):
    (article,), _ = read_file(write(tmp_path / "b.txt", f"Xi arrives\n\n{BODY}"))
    assert article.title == "Xi arrives" and article.published is None


def test_same_text_is_the_same_article_whatever_the_spacing():
    assert article_id(f"{BODY}\n") == article_id(f"  {BODY}  ") == article_id(BODY.replace(" ", "  "))
    assert article_id(BODY) != article_id(BODY + " Later.")


def test_html_body_and_metadata(tmp_path):
    html = (f"<html><head><title>Xi in Moscow</title><meta name='date' content='2023-03-20'>"
            f"<script>alert(1)</script></head><body><nav>Menu</nav><article><h1>Xi in Moscow</h1>"
            f"<p>{BODY}</p><p>{BODY.replace('Monday', 'Tuesday')}</p></article></body></html>")
    (article,), _ = read_file(write(tmp_path / "c.html", html))
    assert "arrived in Moscow" in article.text and "alert(1)" not in article.text
    assert article.title == "Xi in Moscow" and article.published == date(2023, 3, 20)


def test_json_lines_keep_good_lines_and_report_bad_ones(tmp_path):
    lines = [json.dumps({"text": BODY, "title": "one", "published": "2023-03-20"}), "{broken",
             json.dumps({"title": "no text"}), json.dumps({"text": BODY + " Again.", "title": "two"})]
    articles, errors = read_file(write(tmp_path / "d.jsonl", "\n".join(lines)))
    assert [a.title for a in articles] == ["one", "two"]
    assert [str(e).split(":")[0] for e in errors] == [f"{tmp_path / 'd.jsonl'} line 2", f"{tmp_path / 'd.jsonl'} line 3"]


def test_json_list(tmp_path):
    articles, _ = read_file(write(tmp_path / "e.json", json.dumps([{"text": BODY}, {"text": BODY + " X."}])))
    assert len(articles) == 2


def test_rss_and_atom_feeds(tmp_path):
    rss = (f"<?xml version='1.0'?><rss version='2.0'><channel><title>Feed</title><item><title>Xi</title>"
           f"<link>https://example.org/1</link><pubDate>Mon, 20 Mar 2023 10:00:00 GMT</pubDate>"
           f"<description>&lt;p&gt;{BODY}&lt;/p&gt;</description></item></channel></rss>")
    (article,), _ = read_file(write(tmp_path / "f.rss", rss))
    assert (article.title, article.url, article.outlet, article.published) == (
        "Xi", "https://example.org/1", "Feed", date(2023, 3, 20))
    assert article.text == BODY
    atom = (f"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>A</title><entry>"
            f"<title>Xi</title><updated>2023-03-21T00:00:00Z</updated><summary>{BODY}</summary></entry></feed>")
    (article,), _ = read_file(write(tmp_path / "g.atom", atom))
    assert article.published == date(2023, 3, 21)


@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"", "empty file"),
    ("binary.txt", b"\x00\x01\x02abc", "binary file"),
    ("paper.pdf", b"%PDF-1.4", "unsupported file type '.pdf'"),
    ("bad.md", b"---\ntitle: [unclosed\n---\ntext", "front matter is not valid YAML"),
    ("bad.json", b"{nope", "not valid JSON"),
])
def test_bad_files_give_one_line_naming_them(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SourceError) as caught:
        read_file(path)
    message = str(caught.value)
    assert message.startswith(str(path)) and reason in message and "\n" not in message


def test_latin1_text_is_read(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Le président français s'est rendu à Pékin.".encode("latin-1"))
    (article,), _ = read_file(path)
    assert "président" in article.text


def test_missing_file(tmp_path):
    with pytest.raises(SourceError, match="no such file"):
        read_file(tmp_path / "nope.txt")


def test_folders_are_read_recursively_in_order(tmp_path):
    write(tmp_path / "b" / "2.txt", BODY)
    write(tmp_path / "a.txt", BODY)
    write(tmp_path / ".hidden.txt", BODY)
    found = [p.relative_to(tmp_path).as_posix() for p in expand_paths([tmp_path])]
    assert found == ["a.txt", "b/2.txt"]


def test_published_on_the_command_line_fills_only_a_missing_date():
    dated = make_article(BODY, published=date(2023, 3, 20))
    undated = make_article(BODY)
    assert with_published(dated, date(2020, 1, 1)).published == date(2023, 3, 20)
    assert with_published(undated, date(2020, 1, 1)).published == date(2020, 1, 1)
