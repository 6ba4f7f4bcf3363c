"""The event detail page through the real app: evidence, one-click filters, and review."""

from __future__ import annotations

import shutil

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import review
from dashboard.schema import TARGET_BASIS_MEANING, TARGET_BASIS_NOT_RECORDED
from dashboard.store import Store
from tests.conftest import ROOT

PAGE = "dashboard/pages/event.py"


@pytest.fixture
def store(tmp_path, corpus_store) -> Store:
    copy = Store(tmp_path / "events.duckdb")
    shutil.copy(corpus_store.path, copy.path)
    return copy


@pytest.fixture
def multi_article_event(store) -> str:
    return store.frame("""SELECT event_id FROM events WHERE n_articles > 1 AND event_type = 'visit'
                          ORDER BY n_articles DESC, event_id LIMIT 1""").event_id[0]


def open_event(store: Store, event_id: str, monkeypatch) -> AppTest:
    monkeypatch.setenv("DASHBOARD_DB", str(store.path))
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    app.query_params["event"] = event_id
    app.run()
    app.switch_page(PAGE).run()
    assert not app.exception, [e.value for e in app.exception]
    return app


def submit(app: AppTest, label: str) -> None:
    next(button for button in app.button if button.label == label).click().run()


def test_the_detail_shows_every_supporting_article(store, multi_article_event, monkeypatch):
    app = open_event(store, multi_article_event, monkeypatch)
    articles = store.frame("SELECT DISTINCT a.title FROM mentions m JOIN articles a USING (article_id) "
                           "WHERE m.event_id = ?", [multi_article_event]).title
    text = " ".join(m.value for m in app.markdown)
    assert len(articles) > 1
    assert f"Evidence: {len(articles)} articles" in [s.value for s in app.subheader]
    for title in articles:
        assert title.split()[0] in text
    fields = app.dataframe[0].value
    assert multi_article_event in fields["value"].tolist()


def test_an_unknown_event_in_the_link_says_so(store, monkeypatch):
    app = open_event(store, "no-such-event", monkeypatch)
    assert "There is no event no\\-such\\-event in this store." in app.info[0].value


def test_one_click_filters_the_whole_app_to_the_pair(store, multi_article_event, monkeypatch):
    app = open_event(store, multi_article_event, monkeypatch)
    app.button(key="to_pair").click().run()
    assert not app.exception
    assert app.title[0].value == "Events"
    actor, target = store.frame("SELECT actor_country, target_country FROM events WHERE event_id = ?",
                                [multi_article_event]).iloc[0]
    assert app.sidebar.multiselect(key="f_countries").value == [actor, target]
    table = app.dataframe[0].value
    pairs = set(zip(table.actor_country, table.target_country))
    assert pairs <= {(actor, target), (target, actor)} and len(table) >= 1


def test_rejecting_hides_the_event_and_a_correction_is_saved(store, multi_article_event, monkeypatch):
    app = open_event(store, multi_article_event, monkeypatch)
    app.button(key="review_reject").click().run()
    assert store.frame("SELECT review_status FROM events WHERE event_id = ?",
                       [multi_article_event]).review_status[0] == "rejected"
    assert any("rejected this event" in w.value for w in app.warning)

    app.text_input(key=f"edit_place_{multi_article_event}").input("Wonsan")
    app.text_input(key="edit_note").input("checked against the agency report")
    submit(app, "Save corrections")
    assert not app.exception
    saved = review.reviews(store, multi_article_event)
    assert saved["changes"]["place"][1] == "Wonsan"
    assert ["Saved."] == [s.value.replace("\\", "") for s in app.success]
    assert review.reviews(store, multi_article_event)["status"] == "rejected"  # stays rejected until reopened


def test_a_bad_correction_shows_one_line_and_keeps_the_event(store, multi_article_event, monkeypatch):
    app = open_event(store, multi_article_event, monkeypatch)
    app.text_input(key=f"edit_actor_country_{multi_article_event}").input("ZZZ")
    submit(app, "Save corrections")
    assert any("actor_country 'ZZZ' is not a known country" in e.value.replace("\\", "") for e in app.error)
    assert store.frame("SELECT review_status FROM events WHERE event_id = ?",
                       [multi_article_event]).review_status[0] == "auto"


def test_a_headline_mention_comes_after_the_text_sentences_and_says_so(store, monkeypatch):
    event_id, title = store.frame("""
        SELECT m.event_id, a.title FROM mentions m JOIN articles a USING (article_id)
        WHERE m.char_start < 0 AND EXISTS (SELECT 1 FROM mentions o WHERE o.event_id = m.event_id
                                           AND o.article_id = m.article_id AND o.char_start >= 0)
        ORDER BY m.event_id LIMIT 1""").iloc[0]
    app = open_event(store, event_id, monkeypatch)
    evidence = [m.value for m in app.markdown if m.value.startswith(":orange-background[")]
    tagged = [value for value in evidence if value.endswith("*(headline)*")]
    assert len(tagged) == 1 and title.split()[0] in tagged[0]
    assert evidence.index(tagged[0]) > 0  # a sentence of the text is shown first


def test_the_date_basis_says_where_the_date_comes_from(store, monkeypatch):
    event_id = store.frame("SELECT event_id FROM events WHERE date_basis = 'published' ORDER BY event_id LIMIT 1").event_id[0]
    fields = open_event(store, event_id, monkeypatch).dataframe[0].value
    basis = fields.loc[fields["field"] == "Date basis", "value"].item()
    assert basis == "publication day (none stated)"


@pytest.mark.parametrize("basis", ["stated", "elimination", "latest dealings"])
def test_the_target_basis_says_how_the_target_was_found(store, monkeypatch, basis):
    event_id = store.frame("SELECT event_id FROM events WHERE target_basis = ? ORDER BY event_id LIMIT 1",
                           [basis]).event_id[0]
    fields = open_event(store, event_id, monkeypatch).dataframe[0].value
    rows = fields["field"].tolist()
    assert rows.index("Target basis") + 1 == rows.index("Date basis")
    assert fields.loc[fields["field"] == "Target basis", "value"].item() == TARGET_BASIS_MEANING[basis]


def test_an_event_stored_before_the_target_basis_was_kept_says_so(store, monkeypatch):
    event_id = store.frame("SELECT event_id FROM events ORDER BY event_id LIMIT 1").event_id[0]
    with store.writer() as connection:  # as the migration leaves an older store's events
        connection.execute("UPDATE events SET target_basis = NULL WHERE event_id = ?", [event_id])
    fields = open_event(store, event_id, monkeypatch).dataframe[0].value
    assert fields.loc[fields["field"] == "Target basis", "value"].item() == TARGET_BASIS_NOT_RECORDED


def test_correcting_the_target_on_the_page_makes_it_the_reviewers(store, multi_article_event, monkeypatch):
    app = open_event(store, multi_article_event, monkeypatch)
    app.text_input(key=f"edit_target_{multi_article_event}").input("Someone Else")
    submit(app, "Save corrections")
    fields = app.dataframe[0].value
    assert fields.loc[fields["field"] == "Target basis", "value"].item() == TARGET_BASIS_MEANING["analyst"]
