"""Figures: pure functions of query results."""

from __future__ import annotations

import pandas as pd

from dashboard import figures, queries
from dashboard.filters import EventFilter


def test_focus_range_skips_a_thin_tail_of_old_events():
    dates = pd.Series(pd.to_datetime(["2000-01-01"] + ["2023-01-01"] * 30 + ["2025-06-01"]))
    start, end = figures.focus_range(dates)
    assert start.year == 2022 and end.year == 2025
    assert figures.focus_range(pd.Series(pd.to_datetime(["2023-01-01", "2024-01-01"]))) is None


def test_map_layers_arcs_and_country_level_places(corpus_store):
    arcs = queries.visit_arcs(corpus_store, EventFilter())
    places = queries.locations(corpus_store, EventFilter())
    deck = figures.visit_map(arcs, places)
    layers = {layer.id: layer for layer in deck.layers}
    assert set(layers) == {"outlines", "country-places", "visits", "places"}
    arc_rows = figures.arc_rows(arcs)
    assert len(arc_rows) == len(arcs[arcs["lat"].notna()]) and all(row["width"] >= 2 for row in arc_rows)
    country_level = int((arcs["geo_precision"] == "country").sum())
    assert country_level > 0 and sum("(country-level)" in row["tip"] for row in arc_rows) == country_level
    points = figures.point_rows(places)
    assert len(points) == (places["geo_precision"] == "city").sum()
    shapes = figures.country_shapes(places)["features"]
    assert {f["id"] for f in shapes} == set(places.loc[places["geo_precision"] == "country", "place_country"])


def test_timeline_has_one_trace_per_type_and_escapes_evidence(corpus_store):
    frame = queries.events(corpus_store, EventFilter())
    frame.loc[frame.index[0], "evidence"] = "<script>alert(1)</script>"
    figure = figures.timeline(frame)
    assert {trace.name for trace in figure.data} == set(frame.dropna(subset=["date_start"])["event_type"])
    hover = " ".join(text for trace in figure.data for text in trace.hovertext)
    assert "<script>" not in hover and "&lt;script&gt;" in hover
