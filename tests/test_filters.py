"""EventFilter: URL parameters <-> filter <-> SQL <-> a sentence, each a pure step."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from dashboard import queries
from dashboard.filters import EventFilter
from dashboard.schema import GUESSED_TARGET_BASES
from dashboard.store import Store


@pytest.mark.parametrize("event_filter", [
    EventFilter(),
    EventFilter(countries=("RUS", "PRK"), role="actor"),
    EventFilter(types=("visit", "sanction"), modalities=("planned",), stances=("negative",)),
    EventFilter(since=date(2024, 1, 1), until=date(2024, 12, 31), search="Kim Jong Un"),
    EventFilter(countries=("EUU",), role="target", min_confidence=0.5),
    EventFilter(types=("statement",), hide_guessed_targets=True),
])
def test_url_round_trip(event_filter):
    assert EventFilter.from_params(event_filter.to_params()) == event_filter


@pytest.mark.parametrize("params, expected, note", [
    ({"country": "rus,prk"}, EventFilter(countries=("RUS", "PRK")), None),
    ({"country": ["RUS", "XXX"]}, EventFilter(countries=("RUS",)), "ignored country='XXX'"),
    ({"type": "visits"}, EventFilter(), "ignored type='visits'"),
    ({"since": "2024-13-01"}, EventFilter(), "ignored since='2024-13-01'"),
    ({"since": "2025-01-01", "until": "2024-01-01"},
     EventFilter(since=date(2024, 1, 1), until=date(2025, 1, 1)), "swapped"),
    ({"min_conf": "2"}, EventFilter(), "ignored min_conf='2'"),
    ({"role": "host"}, EventFilter(), "ignored role='host'"),
    ({"q": "'; DROP TABLE events; --"}, EventFilter(search="'; DROP TABLE events; --"), None),
    ({"hide_guessed": "1"}, EventFilter(hide_guessed_targets=True), None),
    ({"hide_guessed": "maybe"}, EventFilter(), "ignored hide_guessed='maybe'"),
])
def test_parameters_from_a_link(params, expected, note):
    event_filter = EventFilter.from_params(params)
    assert event_filter == expected
    if note:
        assert any(note in text for text in event_filter.notes)
    else:
        assert event_filter.notes == ()


@pytest.mark.parametrize("event_filter, sentence", [
    (EventFilter(), "All events"),
    (EventFilter(types=("visit",), countries=("RUS",), role="actor",
                 since=date(2024, 1, 1), until=date(2024, 12, 31)), "Visits by Russia, 2024"),
    (EventFilter(types=("visit",), countries=("PRK",), role="target"), "Visits to North Korea"),
    (EventFilter(modalities=("planned",), types=("visit",)), "Planned visits"),
    (EventFilter(stances=("negative",), types=("statement",), countries=("USA", "KOR")),
     "Negative statements involving United States or South Korea"),
    (EventFilter(search="Kim", since=date(2024, 6, 1)), 'Events, since 2024-06-01, mentioning "Kim"'),
    (EventFilter(types=("statement",), hide_guessed_targets=True), "Statements, guessed targets left out"),
])
def test_description(event_filter, sentence):
    assert event_filter.describe() == sentence


def test_filters_keep_the_right_rows(corpus_store):
    everything = queries.events(corpus_store, EventFilter())
    by_russia = queries.events(corpus_store, EventFilter(countries=("RUS",), role="actor"))
    assert len(by_russia) == (everything["actor_country"] == "RUS").sum() > 0
    involving = queries.events(corpus_store, EventFilter(countries=("RUS",)))
    expected = everything[(everything["actor_country"] == "RUS") | (everything["target_country"] == "RUS")
                          | (everything["place_country"] == "RUS")]
    assert set(involving["event_id"]) == set(expected["event_id"])
    visits_2024 = queries.events(corpus_store, EventFilter(types=("visit",), since=date(2024, 1, 1),
                                                           until=date(2024, 12, 31)))
    assert len(visits_2024) > 0
    assert (visits_2024["event_type"] == "visit").all()
    assert (visits_2024["date_start"].dt.year <= 2024).all() and (visits_2024["date_end"].dt.year >= 2024).all()


def test_hiding_guessed_targets_keeps_the_stated_the_targetless_and_the_unrecorded(corpus_store, tmp_path):
    store = Store(tmp_path / "events.duckdb")
    shutil.copy(corpus_store.path, store.path)
    with store.writer() as connection:  # one event as an older store has it: basis not recorded
        unrecorded = connection.execute("SELECT min(event_id) FROM events WHERE target_basis = 'elimination'").fetchone()[0]
        connection.execute("UPDATE events SET target_basis = NULL WHERE event_id = ?", [unrecorded])
    everything = queries.events(store, EventFilter())
    kept = queries.events(store, EventFilter(hide_guessed_targets=True))
    guessed = everything["target_basis"].isin(GUESSED_TARGET_BASES)
    assert guessed.sum() > 100 and len(kept) == len(everything) - guessed.sum()
    assert set(kept["event_id"]) == set(everything.loc[~guessed, "event_id"])
    # "several": an act of a gathering, aimed at no single side by what the text says
    assert {"stated", "none"} <= set(kept["target_basis"].dropna()) <= {"stated", "analyst", "none", "several"}
    assert unrecorded in set(kept["event_id"])
    statements = queries.events(store, EventFilter(types=("statement",), hide_guessed_targets=True))
    assert len(statements) > 0 and set(statements["event_id"]) <= set(kept["event_id"])


def test_search_is_a_parameter_not_sql(corpus_store):
    before = queries.counts(corpus_store, EventFilter())
    assert queries.events(corpus_store, EventFilter(search="'; DROP TABLE events; --")).empty
    assert queries.events(corpus_store, EventFilter(search="100%_")).empty
    assert queries.counts(corpus_store, EventFilter()) == before
    found = queries.events(corpus_store, EventFilter(search="pyongyang"))
    assert len(found) > 0
