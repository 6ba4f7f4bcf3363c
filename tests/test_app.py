"""Every page through the real app script with Streamlit's AppTest, on a store built for the test."""

from __future__ import annotations

import io
import shutil

import pandas as pd
import pytest
import streamlit.testing.v1.app_test as app_test_module
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from dashboard import queries
from dashboard.filters import EventFilter
from dashboard.schema import GUESSED_TARGET_BASES
from dashboard.store import Store
from tests.conftest import ROOT, SEED_FILE, open_page

PAGES = {
    "dashboard/pages/overview.py": "Overview",
    "dashboard/pages/timeline.py": "Timeline",
    "dashboard/pages/map.py": "Map of visits",
    "dashboard/pages/country.py": "Country profile",
    "dashboard/pages/relations.py": "Relations",
    "dashboard/pages/trips.py": "Trips",
    "dashboard/pages/event.py": "Event",
    "dashboard/pages/events.py": "Events",
    "dashboard/pages/sources.py": "Sources",
    "dashboard/pages/add_articles.py": "Add articles",
}


@pytest.mark.parametrize("page, title", PAGES.items())
def test_page_renders(app, page, title):
    open_page(app, page)
    assert app.title[0].value == title
    assert not app.error


def test_overview_counts_match_the_store(app, corpus_store):
    open_page(app, "dashboard/pages/overview.py")
    metrics = {metric.label: metric.value for metric in app.metric}
    counts = queries.counts(corpus_store, EventFilter())
    assert metrics["Events"] == f"{counts['events']:,}" and metrics["Visits"] == f"{counts['visits']:,}"
    assert any("about half of the events the pages report were missed" in c.value for c in app.caption)


def test_filter_from_the_url_keeps_the_right_rows(app, corpus_store):
    app.query_params["country"] = "PRK"
    app.query_params["type"] = "visit"
    open_page(app, "dashboard/pages/events.py")
    assert app.sidebar.multiselect(key="f_countries").value == ["PRK"]
    table = app.dataframe[0].value
    expected = queries.events(corpus_store, EventFilter(countries=("PRK",), types=("visit",)))
    assert sorted(table["event_id"]) == sorted(expected["event_id"]) and len(table) > 0
    assert app.caption[0].value.startswith("Visits involving North Korea")


def test_a_bad_link_parameter_is_shown_not_raised(app):
    app.query_params["country"] = "NOPE"
    app.query_params["since"] = "last tuesday"
    open_page(app, "dashboard/pages/events.py")
    warnings = " ".join(w.value for w in app.sidebar.warning)
    assert "country='NOPE'" in warnings and "since='last tuesday'" in warnings


def test_changing_a_filter_updates_the_url(app):
    open_page(app, "dashboard/pages/events.py")
    app.sidebar.multiselect(key="f_types").set_value(["sanction"]).run()
    assert app.query_params["type"] in ("sanction", ["sanction"])
    table = app.dataframe[0].value
    assert set(table["event_type"]) == {"sanction"}


class _KeepingStorage(MemoryMediaFileStorage):
    last: _KeepingStorage | None = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _KeepingStorage.last = self


def test_csv_download_holds_exactly_the_filtered_rows(app, corpus_store, monkeypatch):
    monkeypatch.setattr(app_test_module, "MemoryMediaFileStorage", _KeepingStorage)
    app.query_params["country"] = "RUS"
    app.query_params["role"] = "actor"
    open_page(app, "dashboard/pages/events.py")
    button = next(b for b in app.download_button if b.label == "CSV")
    file_id = button.proto.url.rsplit("/", 1)[-1].split(".")[0]
    content = _KeepingStorage.last.get_file(file_id).content
    downloaded = pd.read_csv(io.BytesIO(content), dtype={"cameo_code": str})
    expected = queries.events(corpus_store, EventFilter(countries=("RUS",), role="actor"))
    assert list(downloaded["event_id"]) == list(expected["event_id"])
    assert set(downloaded["actor_country"]) == {"RUS"}
    assert list(downloaded["target_basis"]) == list(expected["target_basis"])  # how each target was found


def test_the_sidebar_can_hide_events_with_a_guessed_target(app, corpus_store):
    app.query_params["hide_guessed"] = "1"
    open_page(app, "dashboard/pages/events.py")
    assert app.sidebar.toggle(key="f_hide_guessed").value
    table = app.dataframe[0].value
    assert len(table) == len(queries.events(corpus_store, EventFilter(hide_guessed_targets=True))) > 0
    assert not table["target_basis"].isin(GUESSED_TARGET_BASES).any()
    app.sidebar.toggle(key="f_hide_guessed").set_value(False).run()
    assert app.dataframe[0].value["target_basis"].isin(GUESSED_TARGET_BASES).any()


def test_sources_page_opens_the_article_in_the_link(app, corpus_store):
    articles = queries.articles(corpus_store)
    seed = articles[articles["source"].str.endswith(SEED_FILE.name)].iloc[0]
    app.query_params["article"] = seed.article_id
    open_page(app, "dashboard/pages/sources.py")
    assert app.subheader[0].value.startswith("Putin's Historic Visit")
    highlighted = [m.value for m in app.markdown if ":orange-background[" in m.value]
    assert any("surprise trip to North Korea" in text for text in highlighted)


def test_a_headline_that_gave_an_event_is_highlighted_like_a_sentence(app, corpus_store):
    article_id, title = corpus_store.frame("""SELECT a.article_id, a.title FROM articles a
        WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.article_id AND m.char_start < 0)
        ORDER BY a.article_id LIMIT 1""").iloc[0]
    app.query_params["article"] = article_id
    open_page(app, "dashboard/pages/sources.py")
    assert app.subheader[0].value.startswith(":orange-background[")
    assert max((word for word in title.split() if word.isalpha()), key=len) in app.subheader[0].value


def test_article_text_is_escaped_never_html(app, corpus_store, monkeypatch):
    from dashboard.highlight import highlighted_paragraphs

    (paragraph,) = highlighted_paragraphs('<script>alert("x")</script> [a](javascript:alert(1))', [])
    assert "<script>" not in paragraph and "](javascript" not in paragraph


def test_add_articles_previews_then_saves(tmp_path, monkeypatch):
    db = tmp_path / "store.duckdb"
    shutil.copy(SEED_FILE, tmp_path / "seed.txt")
    monkeypatch.setenv("DASHBOARD_DB", str(db))
    monkeypatch.setenv("DASHBOARD_ARTICLES", str(tmp_path))
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    open_page(app, "dashboard/pages/add_articles.py")
    app.text_input(key="add_title").set_value("Modi in Moscow")
    app.date_input(key="add_published").set_value(pd.Timestamp("2024-07-09").date())
    app.text_area(key="add_text").set_value(
        "Indian Prime Minister Narendra Modi arrived in Moscow on Monday for talks with Vladimir Putin.").run()
    preview = app.dataframe[0].value
    assert ("visit", "IND", "RUS", "stated", "2024-07-08") in {
        (row.type, row.actor_country, row.target_country, row.target_basis, str(row.date)) for row in preview.itertuples()}
    app.button(key="add_save").click().run()
    assert app.success and "1 new" in app.success[0].value
    assert queries.counts(Store(db), EventFilter(countries=("IND",)))["events"] >= 1


def test_a_page_pasted_whole_is_dated_by_its_timestamp_and_its_furniture_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("DASHBOARD_DB", str(tmp_path / "store.duckdb"))
    monkeypatch.setenv("DASHBOARD_ARTICLES", str(tmp_path))
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    open_page(app, "dashboard/pages/add_articles.py")
    app.text_area(key="add_text").set_value(
        "Modi lands in Moscow for talks\n\nBy Lena Novak\n\nUpdated: July 9, 2024 3:45 PM EDT\n\n"
        "MOSCOW (Reuters) - Indian Prime Minister Narendra Modi arrived in Moscow on Monday for talks "
        "with Vladimir Putin.\n\nRelated: Japan expels two Chinese diplomats\n\n"
        "Reporting by Lena Novak in Tokyo; Editing by Pavel Sato").run()
    assert not app.warning, [w.value for w in app.warning]  # the date came from the timestamp line
    preview = {(row.type, row.actor_country, row.target_country, str(row.date)) for row in app.dataframe[0].value.itertuples()}
    assert ("visit", "IND", "RUS", "2024-07-08") in preview
    assert not {row for row in preview if "JPN" in row}  # the related headline is another story


def test_first_start_builds_the_store_with_progress(tmp_path, monkeypatch):
    shutil.copy(SEED_FILE, tmp_path / "seed.txt")
    db = tmp_path / "new" / "events.duckdb"
    monkeypatch.setenv("DASHBOARD_DB", str(db))
    monkeypatch.setenv("DASHBOARD_ARTICLES", str(tmp_path))
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    assert not app.exception and db.exists()
    assert app.status[0].label.startswith("Store ready: 1 articles read, 1 new, 13 events added")
    # the seed's events are shown but one below 0.5 confidence (an exercise no gold event tells)
    assert app.metric[0].value == "12"


def test_events_below_half_confidence_are_hidden_until_asked_for(tmp_path, monkeypatch):
    shutil.copy(SEED_FILE, tmp_path / "seed.txt")
    db = tmp_path / "events.duckdb"
    monkeypatch.setenv("DASHBOARD_DB", str(db))
    monkeypatch.setenv("DASHBOARD_ARTICLES", str(tmp_path))
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    assert app.metric[0].value == "12"  # the US exercise no gold event tells is below 0.5
    assert any(c.value.startswith("1 more event below 0.5 confidence") for c in app.caption)
    with Store(db).writer() as connection:  # as a store fitted with an older calibration holds
        connection.execute("UPDATE events SET confidence = 0.3 WHERE event_type = 'visit'")
    app.run()
    assert app.metric[0].value == "10"  # the visit to Pyongyang and the planned one to Vietnam
    assert any(c.value.startswith("3 more events below 0.5 confidence") for c in app.caption)
    app.sidebar.toggle(key="f_show_low").set_value(True).run()
    assert app.metric[0].value == "13"
