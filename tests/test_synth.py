"""Synthetic stores: the shape of real data, evidence for every event, and the app's queries on it."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard import queries, synth
from dashboard.cli import main
from dashboard.filters import EventFilter
from dashboard.schema import EVENT_MODES, EVENT_TYPES, MODALITIES, cameo_for, goldstein
from dashboard.store import Store

N = 3000


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Store:
    path = tmp_path_factory.mktemp("synth") / "synth.duckdb"
    counts = synth.build(path, N, seed=3)
    assert counts["events"] == N and counts["mentions"] >= N and counts["articles"] > N // 4
    return Store(path)


def test_every_type_mode_and_modality_appears_with_consistent_codes(store):
    rows = store.frame("SELECT event_type, event_mode, cameo_code, goldstein, count(*) AS n FROM events GROUP BY ALL")
    assert set(rows["event_type"]) == set(EVENT_TYPES)
    assert {(t, m) for t, m in zip(rows["event_type"], rows["event_mode"])} == {
        (t, m) for t in EVENT_MODES for m in EVENT_MODES[t]}
    for row in rows.itertuples():
        assert row.cameo_code == cameo_for(row.event_type, row.event_mode)
        assert row.goldstein == goldstein(row.cameo_code)
    modalities = store.frame("SELECT modality, count(*) AS n FROM events GROUP BY ALL ORDER BY n DESC")
    assert set(modalities["modality"]) == set(MODALITIES) and modalities["modality"].iloc[0] == "asserted"


def test_countries_have_a_long_tail_and_dates_span_ten_years(store):
    top = store.frame("SELECT actor_country, count(*) AS n FROM events GROUP BY ALL ORDER BY n DESC")
    assert top["actor_country"].iloc[0] == "USA" and top["n"].iloc[0] > 5 * top["n"].iloc[20] and len(top) > 60
    first, last = queries.date_bounds(store)
    assert (last - first).days > 365 * 9 and last <= date(2025, 12, 31)
    bad = store.frame("""SELECT count(*) AS n FROM events WHERE date_end < date_start
                         OR (geo_precision = 'city' AND (lat IS NULL OR place IS NULL))
                         OR (geo_precision = 'none' AND lat IS NOT NULL)
                         OR (event_type = 'statement') <> (stance IS NOT NULL)""")
    assert bad["n"].iloc[0] == 0


def test_every_event_has_mentions_that_point_into_article_text(store):
    orphans = store.frame("""SELECT count(*) AS n FROM events e WHERE NOT EXISTS
                             (SELECT 1 FROM mentions m WHERE m.event_id = e.event_id)
                             OR n_articles <> (SELECT count(DISTINCT article_id) FROM mentions m
                                               WHERE m.event_id = e.event_id)""")
    assert orphans["n"].iloc[0] == 0
    mentions = store.frame("""SELECT m.sentence, m.char_start, m.char_end, a.text FROM mentions m
                              JOIN articles a USING (article_id) USING SAMPLE 200 ROWS""")
    for row in mentions.itertuples():
        assert row.text[row.char_start:row.char_end] == row.sentence
    assert store.frame("SELECT count(*) AS n FROM events WHERE article_id NOT IN "
                       "(SELECT article_id FROM articles)")["n"].iloc[0] == 0


def test_the_app_queries_run_on_it(store):
    for event_filter in (EventFilter(), EventFilter(countries=("PRK",)), EventFilter(countries=("RUS", "CHN")),
                         EventFilter(types=("visit",), since=date(2024, 1, 1), until=date(2024, 12, 31)),
                         EventFilter(search="moscow")):
        total = queries.count_events(store, event_filter)
        assert queries.counts(store, event_filter)["events"] == total > 0
        assert len(queries.events(store, event_filter, 50)) == min(50, total)
        assert not queries.activity(store, event_filter, "month").empty
        assert len(queries.dyads(store, event_filter, 12)) > 0
        assert len(queries.visit_arcs(store, event_filter)) <= queries.MAX_ARCS
        assert not queries.locations(store, event_filter).empty
        assert len(queries.articles(store, event_filter, 20)) == 20
    article_id = queries.articles(store, None, 1)["article_id"].iloc[0]
    assert not queries.article_events(store, article_id).empty


def test_the_command_refuses_an_existing_file(tmp_path, capsys):
    target = tmp_path / "s.duckdb"
    assert main(["synth", "--events", "200", "--db", str(target)]) == 0
    assert "200 events" in capsys.readouterr().out
    assert main(["synth", "--events", "200", "--db", str(target)]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "already exists" in error and "--force" in error
    assert main(["synth", "--events", "100", "--db", str(target), "--force"]) == 0
    assert queries.count_events(Store(target), EventFilter()) == 100
