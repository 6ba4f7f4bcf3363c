"""The events of one article: the extractor reads its text and its headline."""

from __future__ import annotations

from pathlib import Path

from dashboard.extract.model import ExtractedEvent
from dashboard.extract.pipeline import extract_events
from dashboard.sources import Article
from dashboard.stamped_dates import month_in_url


def headline_of(article: Article) -> str:
    """The article's title when it is a real headline, not one made up from its file name."""
    title = article.title.strip()
    if not title or title == "Untitled" or (article.source and title == Path(article.source).stem):
        return ""
    return title


def article_events(article: Article, calibrate: bool = True) -> list[ExtractedEvent]:
    """Every event the article reports (see ``extract_events``), its headline read too."""
    month = month_in_url(article.url) if article.published is None else None
    return extract_events(article.text, article.published, calibrate, headline=headline_of(article), month=month)
