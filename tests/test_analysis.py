"""Country profiles, relations and trips on the bundled corpus, checked against the event rows."""

from __future__ import annotations

import pandas as pd

from dashboard import analysis, queries
from dashboard.figures_analysis import (
    relations_chart,
    route_rows,
    trip_map,
    trip_timeline,
)
from dashboard.filters import EventFilter

ALL = EventFilter(show_low_confidence=True)


def test_country_summary_counts_the_rows_a_user_would_count(corpus_store):
    rows = queries.events(corpus_store, ALL)
    summary = analysis.country_summary(corpus_store, "RUS", ALL)
    assert summary["visits_made"] == len(rows[(rows.event_type == "visit") & (rows.actor_country == "RUS")])
    assert summary["sanctions_received"] == len(rows[(rows.event_type == "sanction") & (rows.target_country == "RUS")])
    assert summary["events"] == len(rows[(rows.actor_country == "RUS") | (rows.target_country == "RUS")])
    assert summary["visits_made"] > 0 and summary["sanctions_received"] > 0


def test_counterparts_and_partners_name_the_other_side(corpus_store):
    hosts = analysis.counterparts(corpus_store, "RUS", ALL, "visit", "by")
    assert "PRK" in set(hosts.counterpart) and "RUS" not in set(hosts.counterpart)
    assert hosts.loc[hosts.counterpart == "PRK", "name"].item() == "North Korea"
    partners = analysis.partners(corpus_store, "RUS", ALL)
    # the corpus is built around Russia and North Korea (and its dealings with the United States)
    assert "PRK" in set(partners.partner.iloc[:2])
    assert partners.events.is_monotonic_decreasing


def test_pair_series_adds_up_to_the_events_between_the_two(corpus_store):
    series = analysis.pair_series(corpus_store, "RUS", "PRK", ALL, "year")
    events = analysis.pair_events(corpus_store, "RUS", "PRK", ALL)
    dated = events.dropna(subset=["date_start"])
    assert series.events.sum() == len(dated)
    assert abs(series.goldstein.sum() - dated.goldstein.sum()) < 0.5
    assert set(series.direction) == {"RUS → PRK", "PRK → RUS"}
    figure = relations_chart(series)
    assert {trace.name for trace in figure.data} == {"RUS → PRK", "PRK → RUS"}


def test_pairs_split_cooperation_and_conflict(corpus_store):
    pairs = analysis.pairs(corpus_store, ALL)
    row = pairs[(pairs.country_a == "PRK") & (pairs.country_b == "RUS")].iloc[0]
    assert row.cooperative + row.conflictual <= row.events and row.mean_goldstein > 0


def test_consecutive_visits_by_one_person_form_a_trip(corpus_store):
    trips = analysis.trips(corpus_store, ALL)
    putin = trips[(trips.actor == "Vladimir Putin") & (trips.date_start.astype(str).str.startswith("2024-06"))]
    assert set(putin.target_country) == {"PRK", "VNM"}
    assert list(putin.stop) == list(range(1, len(putin) + 1))
    assert putin.trip.nunique() == 1
    # every trip has stops in at least two countries, in date order
    for _, stops in trips.groupby("trip"):
        assert stops.target_country.nunique() >= 2
        assert list(pd.to_datetime(stops.date_start)) == sorted(pd.to_datetime(stops.date_start))


def test_trips_are_drawn_as_routes_from_the_capital_and_as_bars(corpus_store):
    trips = analysis.trips(corpus_store, ALL)
    paths, stops = route_rows(trips)
    assert len(paths) == trips.trip.nunique()
    assert len(stops) == len(trips)
    moscow = [37.6178, 55.752]
    putin = next(p for p in paths if p["tip"].startswith("Vladimir Putin"))
    assert [round(v, 1) for v in putin["path"][0]] == [round(v, 1) for v in moscow]
    assert len(trip_map(trips).layers) == 4
    bars = trip_timeline(trips)
    assert sum(len(trace.x) for trace in bars.data) == len(trips)
