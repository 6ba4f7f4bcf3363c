"""Review: corrections, rejections and merges are stored, shown, and survive later ingests."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from conftest import write

from dashboard import queries, review
from dashboard.filters import EventFilter
from dashboard.ingest import ingest_paths
from dashboard.review import ReviewError
from dashboard.store import Store

VISIT = ("---\ntitle: Putin in Pyongyang\npublished: 2024-06-19\n---\n"
         "Russian President Vladimir Putin arrived in Pyongyang on June 19, 2024 for a state visit.\n")
SECOND_REPORT = ("---\ntitle: The visit, a day later\npublished: 2024-06-20\n---\n"
                 "Vladimir Putin visited North Korea on Wednesday, June 19, 2024.\n")


@pytest.fixture
def visit_store(tmp_path) -> tuple[Store, str]:
    store = Store(tmp_path / "events.duckdb")
    ingest_paths(store, [write(tmp_path / "in" / "visit.md", VISIT)])
    (event_id,) = store.frame("SELECT event_id FROM events WHERE event_type = 'visit'").event_id
    return store, event_id


def visit_row(store: Store, event_id: str, event_filter: EventFilter = EventFilter()) -> dict | None:
    frame = queries.events(store, event_filter)
    rows = frame[frame.event_id == event_id]
    return None if rows.empty else rows.iloc[0].to_dict()


def test_a_correction_changes_the_row_recodes_it_and_is_logged(visit_store):
    store, event_id = visit_store
    applied = review.correct(store, event_id, {"event_mode": "working", "place": "Wonsan",
                                                "date_start": "2024-06-18", "actor": "Vladimir Putin"})
    assert applied == {"event_mode": "working", "place": "Wonsan", "date_start": date(2024, 6, 18)}
    row = visit_row(store, event_id)
    assert (row["event_mode"], row["place"], row["review_status"]) == ("working", "Wonsan", "edited")
    assert row["date_start"].date() == row["date_end"].date() == date(2024, 6, 18)
    logged = review.reviews(store, event_id)
    assert logged["status"] == "edited"
    assert logged["changes"]["place"] == ["Pyongyang", "Wonsan"]

    review.correct(store, event_id, {"event_type": "meeting", "event_mode": "talks"})
    row = visit_row(store, event_id)
    assert (row["event_type"], row["cameo_code"]) == ("meeting", "040")
    assert review.reviews(store, event_id)["changes"]["event_mode"] == ["state", "talks"]


def test_correcting_the_modality_recodes_a_threatened_act(visit_store):
    store, event_id = visit_store
    review.correct(store, event_id, {"event_type": "sanction", "event_mode": "impose"})
    assert visit_row(store, event_id)["cameo_code"] == "163"
    review.correct(store, event_id, {"modality": "hypothetical"})
    row = visit_row(store, event_id)
    assert (row["cameo_code"], row["goldstein"]) == ("1312", -5.8)


def test_corrections_survive_reingest_and_new_reports_only_add_evidence(visit_store, tmp_path):
    store, event_id = visit_store
    review.correct(store, event_id, {"place": "Wonsan"})
    folder = tmp_path / "in"
    write(folder / "second.md", SECOND_REPORT)
    report = ingest_paths(store, [folder])
    assert report.articles_new == 1 and report.events_merged >= 1
    row = visit_row(store, event_id)
    assert (row["place"], row["review_status"], row["n_articles"]) == ("Wonsan", "edited", 2)


def test_a_corrected_target_is_the_reviewers_and_stays_so(visit_store, tmp_path):
    store, event_id = visit_store
    assert visit_row(store, event_id)["target_basis"] == "stated"
    review.correct(store, event_id, {"place": "Wonsan"})  # not the target: its basis stands
    assert visit_row(store, event_id)["target_basis"] == "stated"
    review.correct(store, event_id, {"target": "Kim Jong Un"})
    assert visit_row(store, event_id)["target_basis"] == "analyst"
    write(tmp_path / "in" / "second.md", SECOND_REPORT)  # a new report that states it changes nothing
    ingest_paths(store, [tmp_path / "in"])
    row = visit_row(store, event_id)
    assert (row["target"], row["target_basis"], row["n_articles"]) == ("Kim Jong Un", "analyst", 2)


def test_a_rejected_event_is_hidden_unless_asked_for_and_can_be_reopened(visit_store):
    store, event_id = visit_store
    review.reject(store, event_id, note="the visit was in 2000")
    assert visit_row(store, event_id) is None
    assert visit_row(store, event_id, EventFilter(show_rejected=True))["review_status"] == "rejected"
    assert review.reviews(store, event_id)["note"] == "the visit was in 2000"
    review.reopen(store, event_id)
    assert visit_row(store, event_id)["review_status"] == "auto"


def test_merging_moves_the_evidence_and_hides_the_merged_event(tmp_path, corpus_store):
    store = Store(tmp_path / "copy.duckdb")
    shutil.copy(corpus_store.path, store.path)
    keep, drop = store.frame("""
        SELECT event_id FROM events WHERE event_type = 'visit' AND actor_country = 'RUS'
        ORDER BY date_start DESC LIMIT 2""").event_id
    articles = set(store.frame("SELECT article_id FROM mentions WHERE event_id IN (?, ?)", [keep, drop]).article_id)

    review.merge(store, keep, drop)

    assert visit_row(store, drop) is None
    assert visit_row(store, keep)["n_articles"] == len(articles)
    assert store.frame("SELECT count(*) AS n FROM mentions WHERE event_id = ?", [drop]).n[0] == 0
    assert review.reviews(store, drop)["merged_into"] == keep
    with pytest.raises(ReviewError, match="merged into another"):
        review.reopen(store, drop)


@pytest.mark.parametrize("changes, message", [
    ({"actor_country": "XXX"}, "actor_country 'XXX' is not a known country"),
    ({"event_mode": "holiday"}, "event_mode 'holiday' is not a mode of visit"),
    ({"date_start": "19 June"}, "date_start '19 June' is not a date"),
    ({"event_type": "sanction"}, "a new event_type needs an event_mode of sanction"),
    ({"confidence": 1.0}, "confidence cannot be edited"),
    ({"date_start": "2024-06-20", "date_end": "2024-06-01"}, "date_end 2024-06-01 is before date_start"),
])
def test_a_bad_correction_is_refused_in_one_line_and_changes_nothing(visit_store, changes, message):
    store, event_id = visit_store
    before = visit_row(store, event_id)
    with pytest.raises(ReviewError, match=message):
        review.correct(store, event_id, changes)
    assert visit_row(store, event_id) == before


def test_low_confidence_events_are_hidden_by_default(visit_store):
    store, event_id = visit_store
    with store.writer() as connection:
        connection.execute("UPDATE events SET confidence = 0.3 WHERE event_id = ?", [event_id])
    assert visit_row(store, event_id) is None
    assert visit_row(store, event_id, EventFilter(show_low_confidence=True)) is not None
    assert EventFilter.from_params({"low": "1"}).show_low_confidence
    assert EventFilter(show_low_confidence=True, show_rejected=True).to_params() == {"low": ["1"], "rejected": ["1"]}
